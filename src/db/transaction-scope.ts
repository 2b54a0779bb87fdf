// Which transaction is open in the current async context, so that every call made inside
// `transaction(fn)` (through `tx`, or through the database object a repository was built on) runs in
// it. Without this, a repository built on the root database would, inside a transaction, write
// outside it (pg: another connection) or wait for it forever (PGlite: one connection).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './db.js';

interface Open {
  tx: Db;
  open: boolean;
}

export class TransactionScope {
  readonly #storage = new AsyncLocalStorage<Open>();

  /** The transaction open in this async context, if any. */
  current(): Db | undefined {
    const open = this.#storage.getStore();
    return open?.open ? open.tx : undefined;
  }

  /** Runs `fn(tx)` with `tx` as the current transaction until `fn` settles. */
  async run<T>(tx: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
    const open: Open = { tx, open: true };
    try {
      return await this.#storage.run(open, () => fn(tx));
    } finally {
      open.open = false;
    }
  }
}
