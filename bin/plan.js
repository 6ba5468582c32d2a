#!/usr/bin/env node
import('../dist/cli.js').then((m) => m.run());
