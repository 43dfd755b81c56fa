/**
 * A list that draws only the rows in view (fixed row height): a spacer of the full
 * height keeps the scroll bar true, and the drawn rows sit at their offset in it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { windowRange } from './window-range.js';

interface Props {
  readonly total: number;
  readonly rowHeight: number;
  readonly height: number;
  readonly row: (index: number) => ReactNode;
  /** Told which rows are drawn, so their data can be fetched. */
  readonly onRange?: (first: number, end: number) => void;
  readonly testId?: string;
}

export function VirtualList({ total, rowHeight, height, row, onRange, testId }: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const { first, end } = windowRange(scrollTop, height, rowHeight, total);
  useEffect(() => onRange?.(first, end), [first, end, onRange]);
  const rows: ReactNode[] = [];
  for (let i = first; i < end; i++) {
    rows.push(
      <div key={i} className="vrow" style={{ position: 'absolute', top: i * rowHeight, height: rowHeight, left: 0, right: 0 }}>
        {row(i)}
      </div>,
    );
  }
  return (
    <div ref={box} className="vlist" data-testid={testId} style={{ height, overflowY: 'auto', position: 'relative' }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div style={{ height: total * rowHeight, position: 'relative' }}>{rows}</div>
    </div>
  );
}
