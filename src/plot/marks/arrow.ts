/** Connectors of a flow diagram: a polyline ending in a filled arrowhead. */
import { polygon, polyline } from '../svg/elements.js';

export function arrow(points: readonly (readonly [number, number])[], stroke: string): string[] {
  const [x1, y1] = points[points.length - 1];
  const [x0, y0] = points[points.length - 2];
  const len = Math.hypot(x1 - x0, y1 - y0);
  const [ux, uy] = [(x1 - x0) / len, (y1 - y0) / len];
  const h = 6;
  const w = 3.5;
  const bx = x1 - ux * h;
  const by = y1 - uy * h;
  return [
    polyline([...points.slice(0, -1), [bx, by]], { stroke, width: 1 }),
    polygon([[x1, y1], [bx - uy * w, by + ux * w], [bx + uy * w, by - ux * w]], { fill: stroke }),
  ];
}
