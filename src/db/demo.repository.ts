// Demo data: agencies flagged `demo` (migrations/003_demo_data.sql) and everything that belongs to
// them, removed together in one transaction.
import type { Db } from './db.js';

export class DemoRepository {
  constructor(private readonly db: Db) {}

  async present(): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM agencies WHERE demo LIMIT 1')).rowCount > 0;
  }

  async markDemo(agencyId: string): Promise<void> {
    await this.db.query('UPDATE agencies SET demo = true WHERE id = $1', [agencyId]);
  }

  /** Deletes every demo agency with its accounts, applications, history, appeals, records and reports; returns the agencies removed. */
  remove(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const demo = `(SELECT id FROM agencies WHERE demo)`;
      const demoUsers = `(SELECT id FROM users WHERE agency_id IN ${demo})`;
      await tx.query(`UPDATE calendar_overrides SET updated_by = NULL WHERE updated_by IN ${demoUsers}`);
      await tx.query(`UPDATE calendar_complete_years SET updated_by = NULL WHERE updated_by IN ${demoUsers}`);
      await tx.query(`DELETE FROM application_events WHERE application_id IN (SELECT id FROM applications WHERE agency_id IN ${demo})`);
      await tx.query(`DELETE FROM appeals WHERE agency_id IN ${demo}`);
      await tx.query(`DELETE FROM applications WHERE agency_id IN ${demo}`);
      await tx.query(`DELETE FROM normative_documents WHERE agency_id IN ${demo}`);
      await tx.query(`DELETE FROM proactive_counts WHERE agency_id IN ${demo}`);
      await tx.query(`DELETE FROM report_versions WHERE agency_id IN ${demo}`);
      await tx.query(`DELETE FROM users WHERE agency_id IN ${demo}`);
      return (await tx.query(`DELETE FROM agencies WHERE demo`)).rowCount;
    });
  }
}
