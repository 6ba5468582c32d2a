#!/usr/bin/env node
// CommonJS (bin/package.json): a CommonJS entry starts ~10 ms sooner than an ES module one.
const { join } = require('node:path');
const dist = join(__dirname, '..', 'dist');
let boot;
try {
  boot = require(join(dist, 'boot.cjs'));
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('boot.cjs')) {
    process.stderr.write(
      'Lỗi: chương trình chưa được build (thiếu thư mục dist/).\n' +
        'Trong thư mục mã nguồn, chạy: npm install (tự build), hoặc npm run build.\n' +
        '(Error: kehoach is not built — run `npm install` or `npm run build` in its folder.)\n',
    );
    process.exit(2);
  }
  throw e;
}
boot.start(process.argv.slice(2), dist);
