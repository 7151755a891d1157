import { Accelerator, ServerProfile } from '../site-types.generated';
import { BUILTIN_ACCELERATORS } from './accelerators';
import { BUILTIN_SERVER_PROFILES } from './server-profiles';

/** Where a catalog entry came from: built in, or a user's AcceleratorCatalog document. */
export interface EntryOrigin {
  readonly builtin: boolean;
  /** JSON pointer and document of a user entry. */
  readonly file?: string;
  readonly path?: string;
}

export interface CatalogEntry<T> {
  readonly value: T;
  readonly origin: EntryOrigin;
}

/** Accelerators and server profiles by id: the built-in ones plus users' own. */
export class Catalog {
  /** The built-in catalog alone. */
  static builtin(): Catalog {
    const c = new Catalog();
    for (const a of BUILTIN_ACCELERATORS) c.accelerators.set(a.id, { value: a, origin: { builtin: true } });
    for (const p of BUILTIN_SERVER_PROFILES) c.profiles.set(p.id, { value: p, origin: { builtin: true } });
    return c;
  }

  readonly accelerators = new Map<string, CatalogEntry<Accelerator>>();
  readonly profiles = new Map<string, CatalogEntry<ServerProfile>>();

  accelerator(id: string): Accelerator | undefined {
    return this.accelerators.get(id)?.value;
  }

  profile(id: string): ServerProfile | undefined {
    return this.profiles.get(id)?.value;
  }

  acceleratorIds(): string[] {
    return [...this.accelerators.keys()].sort();
  }

  profileIds(): string[] {
    return [...this.profiles.keys()].sort();
  }
}
