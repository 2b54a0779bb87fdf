#!/usr/bin/env node
// The `gongkai` command, compiled by `npm install` (prepare) into dist/.
import '../dist/cli/bin.js';
