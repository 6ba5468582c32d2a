import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlanText } from '../src/check/checkPlan.js';
import { renderMarkdown, renderMarkdownSource } from '../src/document/markdown.js';
import { buildPlanDoc } from '../src/document/plan/buildPlanDoc.js';
import type { PlanDoc } from '../src/document/plan/planDoc.js';
import { planTemplates } from '../src/document/plan/planTemplates.js';
import { UsageError } from '../src/errors.js';
import { errorText } from '../src/i18n/index.js';
import { shippedText } from './helpers/planEdits.js';

let model: PlanDoc;

beforeAll(async () => {
  model = buildPlanDoc((await checkPlanText(shippedText(), 'plan.yaml')).value!);
});

async function failure(source: string): Promise<{ key: string; text: string }> {
  try {
    await renderMarkdownSource(source, 'mau.hbs', model);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    const u = e as UsageError;
    return { key: u.key, text: errorText(u.key, u.args as never) };
  }
  throw new Error('the template was accepted');
}

describe('markdown', () => {
  it('the shipped template formats the model: headings, bold inline heading, footer table', async () => {
    const md = renderMarkdown(await planTemplates.markdown(), model);
    expect(md).toMatch(
      /^\| \*\*ỦY BAN NHÂN DÂN\*\*<br>\*\*XÃ MINH LONG\*\* \| \*\*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\*\*/u,
    );
    expect(md).toContain('\n| Số:      /KH-UBND | *Minh Long, ngày      tháng      năm 2025* |\n');
    expect(md).toContain('\n# KẾ HOẠCH\n');
    expect(md).toContain('\n## I. MỤC ĐÍCH, YÊU CẦU\n');
    expect(md).toContain('\n### 1. Mục đích\n');
    expect(md).toContain('\n**2. Phòng Văn hóa - Xã hội xã:** Tham mưu UBND xã');
    expect(md).toContain('| ***Nơi nhận:***<br>- CT, PCT UBND xã;');
    expect(md).toContain(
      '<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br>',
    );
    expect(md.endsWith('|\n')).toBe(true);
    expect(md).not.toMatch(/\n\n\n/u);
  });

  it('a user template gets the same model and the shared partials', async () => {
    const md = await renderMarkdownSource(
      '{{> nd30Header}}\n{{#each body}}{{#if section}}{{text}}\n{{/if}}{{/each}}{{footer.signature.[0]}} | {{cell "a|b"}}\n',
      'mau.hbs',
      model,
    );
    expect(md).toContain('| Số:      /KH-UBND |');
    expect(md).toContain('\nI. MỤC ĐÍCH, YÊU CẦU\nII. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM\n');
    expect(md).toContain('TM. ỦY BAN NHÂN DÂN | a\\|b\n');
  });

  it('a field that is not in the model is named, with its line', async () => {
    const f = await failure('Dòng một\n{{header.numbr}}\n');
    expect(f.key).toBe('templateField');
    expect(f.text).toBe(
      'Mẫu "mau.hbs", dòng 2: trường "header.numbr" không có trong dữ liệu văn bản.\nXem các trường có thể dùng: plan render --format json',
    );
  });

  it('broken syntax, an unknown helper and mismatched blocks are explained in Vietnamese', async () => {
    const syntax = await failure('{{#each body}}\n{{text}\n{{/each}}\n');
    expect(syntax.key).toBe('templateSyntax');
    expect(syntax.text).toMatch(/^Mẫu "mau\.hbs", dòng 2: cú pháp \{\{…\}\} không đúng/u);
    const helper = await failure('{{viethoa title.type}}');
    expect(helper.key).toBe('templateHelper');
    expect(helper.text).toBe('Mẫu "mau.hbs", dòng 1: không có hàm hoặc khối "viethoa".');
    const blocks = await failure('{{#if title}}\n{{/each}}');
    expect(blocks.key).toBe('templateBlockMismatch');
    expect(blocks.text).toContain('khối {{#if}} lại được đóng bằng {{/each}}');
  });
});
