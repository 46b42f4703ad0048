import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_TYPES_FILE, renderMessageTypes } from '#scripts/generate-message-types.ts';
import { MESSAGE_SPECS } from '#sandbox/messages/registry.ts';

describe('the generated message types', () => {
  const text = renderMessageTypes();

  it('are what the specs generate today (run npm run generate:message-types after changing a spec)', () => {
    expect(readFileSync(MESSAGE_TYPES_FILE, 'utf8')).toBe(text);
  });

  it.each(Object.values(MESSAGE_SPECS).map((s) => [s.kind, s] as const))('%s has its message interface', (kind, spec) => {
    expect(text).toContain(`export interface Ceb${kind.slice(3)}Message extends ${spec.role === 'declaration' ? 'DeclarationBase' : 'MessageBase'} {\n  kind: '${kind}';`);
  });
});
