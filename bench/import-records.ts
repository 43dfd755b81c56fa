/**
 * Import benchmark (issue 7: "100,000 records import in seconds"): builds a RIS
 * export of synthetic records (Chinese and accented names, multi-line abstracts,
 * keywords, trial numbers) and times readRecords over it, reporting records per
 * second and the process's peak resident memory.
 *   node dist/bench/import-records.js [records]
 */
import { readRecords } from '../src/io/records/index.js';
import { formatMs } from './timing.js';

function syntheticRis(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(
      'TY  - JOUR',
      `ID  - r${i}`,
      `TI  - Mesenchymal stem cells in décompensated cirrhosis ${i}: 间充质干细胞 trial`,
      `AU  - Müller, J${i % 97}`,
      `AU  - 张${i % 13}`,
      'AU  - Smith, A B',
      `PY  - ${1990 + (i % 35)}///`,
      'JO  - Journal of Hepatology',
      `VL  - ${i % 90}`,
      `IS  - ${i % 12}`,
      `SP  - ${i % 500}`,
      `EP  - ${(i % 500) + 9}`,
      'AB  - Background: mesenchymal stem cells may improve liver function in cirrhosis.',
      `Methods: ${i % 300} patients randomised (NCT${String(10000000 + i).padStart(8, '0')}).`,
      'Results: MELD fell; albumin rose. Conclusion: further trials are needed.',
      'KW  - mesenchymal stem cells',
      'KW  - liver cirrhosis',
      `DO  - 10.1000/jhep.${i}`,
      'ER  - ',
      '',
    );
  }
  return parts.join('\r\n');
}

const n = Number(process.argv[2] ?? 100000);
const text = syntheticRis(n);
const before = process.memoryUsage();
const t0 = performance.now();
const { records } = readRecords(text, 'synthetic.ris');
const ms = performance.now() - t0;
const after = process.memoryUsage();
if (records.length !== n) throw new Error(`expected ${n} records, read ${records.length}`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
console.log(`import ${n.toLocaleString('en')} RIS records (${mb(text.length * 2)} of text): ${formatMs(ms)}, ${Math.round((n / ms) * 1000).toLocaleString('en')} records/s`);
console.log(`memory: peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, heap ${mb(before.heapUsed)} before → ${mb(after.heapUsed)} after (records held)`);
