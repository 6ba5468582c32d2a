import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../src/check/checkPlan.js';
import { buildPlanDoc } from '../src/document/plan/buildPlanDoc.js';
import { shippedText } from './helpers/planEdits.js';

const texts = async (yaml: string) => {
  const r = await checkPlanText(yaml, 'plan.yaml');
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return buildPlanDoc(r.value!).body.map((b) => (b.head ? `${b.head} ${b.text}` : b.text));
};

describe('plan text written as the document wrote it', () => {
  it('a lead line written as a sentence (leadText) replaces the generated lead and support lines', async () => {
    const yaml = shippedText().replace(
      '        lead: [cong-an-xa]\n',
      '        lead: [cong-an-xa]\n        leadText: Công an xã chủ trì, phối hợp với các thôn tổ chức thực hiện\n        leadLabel: Cơ quan thực hiện\n',
    );
    const t = await texts(yaml);
    const i = t.findIndex((x) => x.startsWith('3. Triển khai thực hiện có hiệu quả'));
    expect(t.slice(i + 1, i + 3)).toEqual([
      '- Cơ quan thực hiện: Công an xã chủ trì, phối hợp với các thôn tổ chức thực hiện.',
      '- Thời gian thực hiện: Thường xuyên.',
    ]);
  });

  it('numbering: decimal gives 1.1., 1.2. instead of a), b)', async () => {
    const yaml = shippedText().replace(
      '      - title: Mục đích\n        items:',
      '      - title: Mục đích\n        numbering: decimal\n        items:',
    );
    const t = await texts(yaml);
    const points = t.filter((x) => /^1\.[12]\. /u.test(x));
    expect(points).toHaveLength(2);
    expect(points[0]).toMatch(/^1\.1\. Tăng cường sự lãnh đạo/u);
    expect(points[1]).toMatch(/^1\.2\. Triển khai kịp thời/u);
    expect(t.filter((x) => /^[ab]\) /u.test(x))).toHaveLength(2);
  });
});
