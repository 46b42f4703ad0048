/**
 * Test helper: locates the official 2022 CEB package (XSDs and samples) outside the repository and
 * validates XML against the XSDs with xmllint (Debian binary when present, else xmllint-wasm).
 */

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** `../shared/domain/ceb-2022` relative to the repository root. */
export const CEB_PACKAGE_DIR = path.resolve(repoRoot, '../shared/domain/ceb-2022');
export const HAVE_CEB_PACKAGE = fs.existsSync(path.join(CEB_PACKAGE_DIR, 'xsd'));

if (!HAVE_CEB_PACKAGE) {
  console.warn(`[sandbox tests] CEB 2022 package not found at ${CEB_PACKAGE_DIR}; XSD and sample tests are skipped.`);
}

export type Direction = 'import' | 'export';

export function xsdPath(direction: Direction): string {
  return path.join(CEB_PACKAGE_DIR, 'xsd', `${direction}-business-202205.xsd`);
}

/** Every official sample: direction, file name and text. */
export function readSamples(): Array<{ direction: Direction; file: string; kind: string; xml: string }> {
  const out: Array<{ direction: Direction; file: string; kind: string; xml: string }> = [];
  for (const direction of ['import', 'export'] as const) {
    const dir = path.join(CEB_PACKAGE_DIR, 'samples', direction);
    for (const file of fs.readdirSync(dir).sort()) {
      if (!file.endsWith('.xml')) continue;
      out.push({ direction, file, kind: file.slice(0, 6), xml: fs.readFileSync(path.join(dir, file), 'utf8') });
    }
  }
  return out;
}

const XMLLINT = '/usr/bin/xmllint';
export const HAVE_XMLLINT_BINARY = fs.existsSync(XMLLINT);

export interface XsdResult {
  valid: boolean;
  errors: string;
}

let tmpDir: string | undefined;
let counter = 0;

/** Validates one XML text against the import or export XSD. */
export async function validateAgainstXsd(xml: string, direction: Direction): Promise<XsdResult> {
  if (HAVE_XMLLINT_BINARY) {
    tmpDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ceb-xsd-'));
    const file = path.join(tmpDir, `m${counter++}.xml`);
    fs.writeFileSync(file, xml);
    try {
      execFileSync(XMLLINT, ['--noout', '--schema', xsdPath(direction), file], { stdio: 'pipe' });
      return { valid: true, errors: '' };
    } catch (e) {
      const err = e as { stderr?: Buffer };
      return { valid: false, errors: String(err.stderr ?? '') };
    }
  }
  const { validateXML } = await import('xmllint-wasm');
  const read = (name: string): { fileName: string; contents: string } => ({
    fileName: name,
    contents: fs.readFileSync(path.join(CEB_PACKAGE_DIR, 'xsd', name), 'utf8'),
  });
  const result = await validateXML({
    xml: [{ fileName: 'message.xml', contents: xml }],
    schema: [read(`${direction}-business-202205.xsd`)],
    preload: [read('xmldsig-core-schema.xsd')],
  });
  return { valid: result.valid, errors: result.rawOutput };
}
