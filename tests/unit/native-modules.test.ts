import { describe, expect, it } from 'vitest';
import { runInProcess } from '../tools/run-in-process.js';
import { registerModules, importNativeModule, isNativeModule } from '../../vm/modules/registry.js';
import { MODULE_SPECS } from '../../vm/modules/index.js';

describe('native module registry', () => {
  it('registers every spec in MODULE_SPECS under its name', () => {
    runInProcess('pass');
    for (const spec of MODULE_SPECS) expect(isNativeModule(spec.name)).toBe(true);
    expect(isNativeModule('no_such_native_module')).toBe(false);
    expect(importNativeModule('no_such_native_module')).toBe(0);
  });

  it('checks declared signatures and builds the module on import', () => {
    const spec = {
      name: '_registry_probe',
      functions: { twice: (a: number[]) => a[0]! + a[0]! - 1 },
      arity: { twice: 'O' },
      init: () => {},
    };
    const original = [...MODULE_SPECS];
    (MODULE_SPECS as unknown as unknown[]).push(spec);
    try {
      const r = runInProcess(
        'import _registry_probe as p, sys\nprint(p.twice(21), p.__name__, sys.modules["_registry_probe"] is p)\n' +
          'try:\n    p.twice()\nexcept TypeError as e:\n    print(e)\n',
      );
      expect(r.err).toBe('');
      expect(r.out).toBe('42 _registry_probe True\n_registry_probe.twice() takes exactly one argument (0 given)\n');
    } finally {
      (MODULE_SPECS as unknown as unknown[]).length = original.length;
      registerModules(MODULE_SPECS);
    }
  });
});
