// Builds the console into dist/: hashed bundles (cached for ever by the app) and an index.html naming them
// (revalidated on every load). The Functions build runs this and copies dist/ beside the worker as console/.
import * as esbuild from 'esbuild';
import { readFile, writeFile, rm, mkdir } from 'node:fs/promises';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.join(here, 'dist');
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: ['src/app.js', 'src/app.css'],
  bundle: true,
  splitting: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  assetNames: '[name]-[hash]',
  outdir: out,
  metafile: true,
  logLevel: 'warning',
});

const entry = (source) => {
  const found = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === source);
  if (!found) throw new Error(`esbuild produced no output for ${source}`);
  return path.basename(found[0]);
};

const template = await readFile(path.join(here, 'src/index.html'), 'utf8');
const html = template.replace('%APP_JS%', entry('src/app.js')).replace('%APP_CSS%', entry('src/app.css'));
await writeFile(path.join(out, 'index.html'), html);
console.log(`console built: ${Object.keys(result.metafile.outputs).length + 1} files in ${path.relative(process.cwd(), out) || '.'}`);
