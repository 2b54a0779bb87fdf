// Every repository over one Db (the database, or a transaction).
import type { Db } from './db.js';
import { AgenciesRepository } from './agencies.repository.js';
import { AppealsRepository } from './appeals.repository.js';
import { CalendarRepository } from './calendar.repository.js';
import { DemoRepository } from './demo.repository.js';
import { ApplicationsRepository } from './applications.repository.js';
import { ProactiveRepository } from './proactive.repository.js';
import { ReportVersionsRepository } from './report-versions.repository.js';
import { UsersRepository } from './users.repository.js';

export interface Repositories {
  agencies: AgenciesRepository;
  users: UsersRepository;
  applications: ApplicationsRepository;
  appeals: AppealsRepository;
  proactive: ProactiveRepository;
  reports: ReportVersionsRepository;
  calendar: CalendarRepository;
  demo: DemoRepository;
}

export function repositories(db: Db): Repositories {
  return {
    agencies: new AgenciesRepository(db),
    users: new UsersRepository(db),
    applications: new ApplicationsRepository(db),
    appeals: new AppealsRepository(db),
    proactive: new ProactiveRepository(db),
    reports: new ReportVersionsRepository(db),
    calendar: new CalendarRepository(db),
    demo: new DemoRepository(db),
  };
}
