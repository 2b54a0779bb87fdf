// What a supervisor's dashboard reads across many agencies at once, one query each: the agencies of a
// scope, each agency's latest report version and first publication of a year, and the timeliness of
// the applications (answered by the deadline; open past it today). Counts only: no application row
// leaves the database.
import type { IsoDate } from '../core/calendar/iso-date.js';
import type { AgencyRow } from './agencies.repository.js';
import type { Db } from './db.js';
import type { ReportVersionRow } from './report-versions.repository.js';
import type { AgencyScope } from './repository-support.js';

export interface PublicationRow {
  agencyId: string;
  /** The first publication of the year's report (later versions are corrections). */
  firstPublishedAt: Date;
  /** The latest published version (the public one). */
  latestPublishedVersion: number;
}

export interface TimelinessRow {
  agencyId: string;
  /** Concluded in the year with a reply deadline (imported and 补正-lapsed applications have none). */
  concluded: number;
  /** Of those, concluded on or before the deadline in force (answeredOnTime in core/applications/deadlines.ts). */
  onTime: number;
  /** Open today with the deadline in force already past. */
  overdueNow: number;
}

const VERSION_COLUMNS = `agency_id AS "agencyId", year, version, status, figures, narratives, created_by AS "createdBy",
  created_at AS "createdAt", updated_at AS "updatedAt", approved_by AS "approvedBy", approved_at AS "approvedAt",
  published_at AS "publishedAt"`;

export class SupervisionRepository {
  constructor(private readonly db: Db) {}

  /** The agencies of the scope, by name. */
  async agencies(scope: AgencyScope): Promise<AgencyRow[]> {
    return (
      await this.db.query<AgencyRow>(
        `SELECT id, parent_id AS "parentId", name, level, created_at AS "createdAt" FROM agencies WHERE id = ANY($1::uuid[]) ORDER BY name, id`,
        [scope],
      )
    ).rows;
  }

  /** Each agency's latest version of the year's report (any status). */
  async latestVersions(scope: AgencyScope, year: number): Promise<ReportVersionRow[]> {
    return (
      await this.db.query<ReportVersionRow>(
        `SELECT DISTINCT ON (agency_id) ${VERSION_COLUMNS} FROM report_versions
          WHERE agency_id = ANY($1::uuid[]) AND year = $2 ORDER BY agency_id, version DESC`,
        [scope, year],
      )
    ).rows;
  }

  /** Agencies that have published the year's report: when first, and the latest published version. */
  async publications(scope: AgencyScope, year: number): Promise<PublicationRow[]> {
    return (
      await this.db.query<PublicationRow>(
        `SELECT agency_id AS "agencyId", min(published_at) AS "firstPublishedAt", max(version)::int AS "latestPublishedVersion"
           FROM report_versions WHERE agency_id = ANY($1::uuid[]) AND year = $2 AND status = 'published' GROUP BY agency_id`,
        [scope, year],
      )
    ).rows;
  }

  /**
   * Per agency: applications concluded in `year` with a deadline, those concluded by it (due_on is the
   * deadline in force: the extended one when approved, as ApplicationDeadlines.due), and open
   * applications whose deadline is before `today`. Agencies without any are absent.
   */
  async timeliness(scope: AgencyScope, year: number, today: IsoDate): Promise<TimelinessRow[]> {
    return (
      await this.db.query<TimelinessRow>(
        `SELECT agency_id AS "agencyId",
                count(*) FILTER (WHERE concluded_on >= $2::date AND due_on IS NOT NULL)::int AS concluded,
                count(*) FILTER (WHERE concluded_on >= $2::date AND concluded_on <= due_on)::int AS "onTime",
                count(*) FILTER (WHERE concluded_on IS NULL AND due_on < $4::date)::int AS "overdueNow"
           FROM applications
          WHERE agency_id = ANY($1::uuid[]) AND (concluded_on IS NULL OR concluded_on BETWEEN $2::date AND $3::date)
          GROUP BY agency_id`,
        [scope, `${year}-01-01`, `${year}-12-31`, today],
      )
    ).rows;
  }
}
