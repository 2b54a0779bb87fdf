-- 001: the disclosure office (issue 4). PostgreSQL 15+ (the server in CI) and PGlite (PostgreSQL 18).
-- Names are snake_case; values are the project's identifiers (contract keys, camelCase).
-- Calendar dates are `date`, moments are `timestamptz`. Personal identifiers arrive encrypted by the
-- application (bytea) with a masked form for lists; the database never sees them in clear.

-- ---- People and access ------------------------------------------------------------------------

CREATE TABLE agencies (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  parent_id  uuid REFERENCES agencies (id),
  name       text NOT NULL,
  level      text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT agencies_name_check CHECK (name = btrim(name) AND name <> ''),
  CONSTRAINT agencies_level_check CHECK (level IN ('national', 'province', 'city', 'county', 'township', 'department')),
  CONSTRAINT agencies_not_own_parent CHECK (parent_id <> id),
  CONSTRAINT agencies_name_per_parent UNIQUE NULLS NOT DISTINCT (parent_id, name)
);
CREATE INDEX agencies_parent_idx ON agencies (parent_id);

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id     uuid NOT NULL REFERENCES agencies (id),
  login         text NOT NULL,
  display_name  text NOT NULL,
  role          text NOT NULL,
  password_hash text NOT NULL,
  disabled_at   timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_login_check CHECK (login ~ '^[^[:space:]]{1,64}$'),
  CONSTRAINT users_display_name_check CHECK (btrim(display_name) <> ''),
  CONSTRAINT users_role_check CHECK (role IN ('clerk', 'approver', 'administrator', 'supervisor')),
  CONSTRAINT users_password_hash_check CHECK (password_hash <> '')
);
-- Logins are case-insensitive.
CREATE UNIQUE INDEX users_login_key ON users (lower(login));
CREATE INDEX users_agency_idx ON users (agency_id);

-- A session cookie's token is stored only as its SHA-256.
CREATE TABLE sessions (
  token_hash bytea PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  CONSTRAINT sessions_token_hash_check CHECK (octet_length(token_hash) = 32),
  CONSTRAINT sessions_expiry_check CHECK (expires_at > created_at)
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

-- ---- Applications (依申请公开) ----------------------------------------------------------------

CREATE TABLE applications (
  id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id                   uuid NOT NULL REFERENCES agencies (id),
  -- For the applicant to follow the application; unique across agencies.
  tracking_code               text NOT NULL,
  -- The office's own number (申请编号 of its ledger), unique within the agency.
  reference_number            text,
  source                      text NOT NULL DEFAULT 'registered',
  channel                     text,
  -- The day of receipt under 条例第三十一条 (the channel decides which day that is).
  received_on                 date NOT NULL,
  applicant_type              text NOT NULL,
  applicant_name              text,
  applicant_id_number_cipher  bytea,
  applicant_id_number_masked  text,
  applicant_phone_cipher      bytea,
  applicant_phone_masked      text,
  -- A keyed hash of the applicant's identity, to count one applicant's applications (fees, 重复申请).
  applicant_key               bytea,
  contact_address             text,
  contact_email               text,
  requested_content           text,
  -- 获取信息的方式、途径, as the applicant wrote it.
  requested_form              text,
  -- The life cycle's states (src/core/applications): registered, extended, awaitingCorrection,
  -- inConsultation, feePending, then decided, delivered, closed (concluded: with an outcome).
  state                       text NOT NULL,
  -- Exactly one result row of section 三 once concluded (办结); concluded_on: the day it became final
  -- (the decision, or the lapse of a 补正 or fee period).
  outcome                     text,
  concluded_on                date,
  reply_due_on                date,
  extended_due_on             date,
  due_on                      date GENERATED ALWAYS AS (coalesce(extended_due_on, reply_due_on)) STORED,
  -- The rest of the domain's state (receipt, 补正, consultations, extension, fee, deadlines …) as last
  -- computed, for the app to load without replaying the history. Never personal identifiers.
  details                     jsonb NOT NULL DEFAULT '{}',
  created_by                  uuid REFERENCES users (id),
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  -- Optimistic concurrency: every change sets version = version + 1 where version = the one read.
  version                     integer NOT NULL DEFAULT 1,
  CONSTRAINT applications_tracking_code_key UNIQUE (tracking_code),
  CONSTRAINT applications_reference_number_key UNIQUE (agency_id, reference_number),
  CONSTRAINT applications_id_agency_key UNIQUE (id, agency_id),
  CONSTRAINT applications_tracking_code_check CHECK (tracking_code ~ '^[A-Za-z0-9-]{4,40}$'),
  CONSTRAINT applications_reference_number_check CHECK (reference_number = btrim(reference_number) AND reference_number <> ''),
  CONSTRAINT applications_source_check CHECK (source IN ('registered', 'imported')),
  CONSTRAINT applications_channel_check CHECK (channel IN ('inPerson', 'post', 'postUnsigned', 'online', 'fax', 'email')),
  CONSTRAINT applications_applicant_type_check CHECK (applicant_type IN ('naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other')),
  CONSTRAINT applications_state_check CHECK (state IN (
    'registered', 'extended', 'awaitingCorrection', 'inConsultation', 'feePending', 'decided', 'delivered', 'closed')),
  CONSTRAINT applications_outcome_check CHECK (outcome IN (
    'granted', 'partiallyGranted',
    'deniedStateSecret', 'deniedOtherLaw', 'deniedThreeSafety', 'deniedThirdParty', 'deniedInternalAffairs',
    'deniedProcessInfo', 'deniedEnforcementFile', 'deniedAdministrativeQuery',
    'unavailableNotHeld', 'unavailableNeedsCreation', 'unavailableUnclear',
    'notProcessedPetition', 'notProcessedDuplicate', 'notProcessedPublication', 'notProcessedExcessive',
    'notProcessedConfirmation',
    'otherNoCorrection', 'otherNoFee', 'otherElse', 'otherHandling')),
  CONSTRAINT applications_concluded_with_outcome CHECK ((outcome IS NULL) = (concluded_on IS NULL)),
  CONSTRAINT applications_concluded_state CHECK ((outcome IS NOT NULL) = (state IN ('decided', 'delivered', 'closed'))),
  CONSTRAINT applications_concluded_after_received CHECK (concluded_on >= received_on),
  CONSTRAINT applications_due_after_received CHECK (reply_due_on > received_on),
  CONSTRAINT applications_extension_after_due CHECK (extended_due_on IS NULL OR (reply_due_on IS NOT NULL AND extended_due_on > reply_due_on)),
  CONSTRAINT applications_id_number_sealed CHECK ((applicant_id_number_cipher IS NULL) = (applicant_id_number_masked IS NULL)),
  CONSTRAINT applications_phone_sealed CHECK ((applicant_phone_cipher IS NULL) = (applicant_phone_masked IS NULL)),
  -- A ledger may lack these; an application registered in the office may not.
  CONSTRAINT applications_registered_complete CHECK (
    source = 'imported' OR (channel IS NOT NULL AND applicant_name IS NOT NULL AND requested_content IS NOT NULL)),
  CONSTRAINT applications_details_check CHECK (jsonb_typeof(details) = 'object'),
  CONSTRAINT applications_version_check CHECK (version >= 1)
);
-- Lists by state; lists by receipt and the annual counts (covering: an index-only scan).
CREATE INDEX applications_agency_state_idx ON applications (agency_id, state, received_on);
CREATE INDEX applications_agency_received_idx ON applications (agency_id, received_on) INCLUDE (applicant_type, outcome, concluded_on);
-- Due soon and overdue are queries over the open applications.
CREATE INDEX applications_open_due_idx ON applications (agency_id, due_on) WHERE concluded_on IS NULL;
CREATE INDEX applications_applicant_idx ON applications (agency_id, applicant_key, received_on) WHERE applicant_key IS NOT NULL;

-- The history of an application: appended in the same transaction as the change it records, never
-- changed or removed.
CREATE TABLE application_events (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications (id),
  kind           text NOT NULL,
  at             timestamptz NOT NULL DEFAULT now(),
  -- The user who acted; null for the applicant (online), an import or the system.
  actor_id       uuid REFERENCES users (id),
  payload        jsonb NOT NULL DEFAULT '{}',
  CONSTRAINT application_events_kind_check CHECK (kind ~ '^[a-z][A-Za-z]{1,39}$'),
  CONSTRAINT application_events_payload_check CHECK (jsonb_typeof(payload) = 'object')
);
CREATE INDEX application_events_application_idx ON application_events (application_id, id);

CREATE FUNCTION gongkai_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'GK001';
END
$$;
CREATE TRIGGER application_events_append_only BEFORE UPDATE OR DELETE ON application_events
  FOR EACH ROW EXECUTE FUNCTION gongkai_refuse_change();
CREATE TRIGGER application_events_no_truncate BEFORE TRUNCATE ON application_events
  FOR EACH STATEMENT EXECUTE FUNCTION gongkai_refuse_change();

-- ---- Appeals (行政复议, 行政诉讼) -------------------------------------------------------------

CREATE TABLE appeals (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The agency whose handling is challenged (被申请人 / 被告).
  agency_id      uuid NOT NULL REFERENCES agencies (id),
  application_id uuid,
  kind           text NOT NULL,
  -- 复议或诉讼编号 (案号).
  case_number    text NOT NULL,
  -- 复议机关 or 人民法院.
  body           text,
  -- For litigation after review: the review it follows.
  review_id      uuid REFERENCES appeals (id),
  filed_on       date NOT NULL,
  -- null while pending (尚未审结).
  outcome        text,
  concluded_on   date,
  note           text,
  created_by     uuid REFERENCES users (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  version        integer NOT NULL DEFAULT 1,
  -- An appeal about an application is the application's agency's.
  CONSTRAINT appeals_application_fkey FOREIGN KEY (application_id, agency_id) REFERENCES applications (id, agency_id),
  CONSTRAINT appeals_kind_check CHECK (kind IN ('review', 'litigationDirect', 'litigationAfterReview')),
  CONSTRAINT appeals_case_number_check CHECK (case_number = btrim(case_number) AND case_number <> ''),
  CONSTRAINT appeals_review_only_after_review CHECK (review_id IS NULL OR kind = 'litigationAfterReview'),
  CONSTRAINT appeals_outcome_check CHECK (outcome IN ('maintained', 'corrected', 'other')),
  CONSTRAINT appeals_concluded_with_outcome CHECK ((outcome IS NULL) = (concluded_on IS NULL)),
  CONSTRAINT appeals_concluded_after_filed CHECK (concluded_on >= filed_on),
  CONSTRAINT appeals_version_check CHECK (version >= 1)
);
CREATE INDEX appeals_agency_filed_idx ON appeals (agency_id, filed_on);
CREATE INDEX appeals_application_idx ON appeals (application_id) WHERE application_id IS NOT NULL;

-- ---- Proactive disclosure records (section 二) -----------------------------------------------

-- 规章 and 行政规范性文件: issued, repealed and in force in a year are counted from this register.
CREATE TABLE normative_documents (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id   uuid NOT NULL REFERENCES agencies (id),
  kind        text NOT NULL,
  title       text NOT NULL,
  doc_number  text,
  issued_on   date NOT NULL,
  -- Made public (条例第二十六条); null when unknown.
  published_on date,
  repealed_on date,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT normative_documents_kind_check CHECK (kind IN ('regulation', 'normativeDocument')),
  CONSTRAINT normative_documents_title_check CHECK (btrim(title) <> ''),
  CONSTRAINT normative_documents_doc_number_check CHECK (doc_number = btrim(doc_number) AND doc_number <> ''),
  CONSTRAINT normative_documents_published_after_issued CHECK (published_on >= issued_on),
  CONSTRAINT normative_documents_repealed_after_issued CHECK (repealed_on >= issued_on)
);
CREATE INDEX normative_documents_agency_idx ON normative_documents (agency_id, kind, issued_on);
CREATE UNIQUE INDEX normative_documents_doc_number_key ON normative_documents (agency_id, doc_number) WHERE doc_number IS NOT NULL;

-- The section 二 cells staff enter for a year (those the register does not give), by the format's
-- row and column keys: e.g. licensing/decisions, fees/amountTenThousandYuan (2021), or the 2019
-- format's cells. A cell not entered has no row. Values are exact decimals; the domain checks them
-- against the format (only 本年增/减 may be negative).
CREATE TABLE proactive_counts (
  agency_id  uuid NOT NULL REFERENCES agencies (id),
  year       integer NOT NULL,
  row_key    text NOT NULL,
  column_key text NOT NULL,
  value      numeric NOT NULL,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agency_id, year, row_key, column_key),
  CONSTRAINT proactive_counts_year_check CHECK (year BETWEEN 2000 AND 2199),
  CONSTRAINT proactive_counts_keys_check CHECK (row_key ~ '^[a-z][A-Za-z]{1,39}$' AND column_key ~ '^[a-z][A-Za-z]{1,39}$')
);

-- ---- Annual reports ---------------------------------------------------------------------------

CREATE TABLE report_versions (
  agency_id    uuid NOT NULL REFERENCES agencies (id),
  year         integer NOT NULL,
  version      integer NOT NULL,
  status       text NOT NULL DEFAULT 'draft',
  -- The shared contract's figures (contract/annual-report.schema.json) and the narrative sections.
  figures      jsonb NOT NULL,
  narratives   jsonb NOT NULL DEFAULT '{}',
  created_by   uuid REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  approved_by  uuid REFERENCES users (id),
  approved_at  timestamptz,
  published_at timestamptz,
  PRIMARY KEY (agency_id, year, version),
  CONSTRAINT report_versions_year_check CHECK (year BETWEEN 2000 AND 2199),
  CONSTRAINT report_versions_version_check CHECK (version >= 1),
  CONSTRAINT report_versions_status_check CHECK (status IN ('draft', 'submitted', 'approved', 'published')),
  CONSTRAINT report_versions_figures_check CHECK (jsonb_typeof(figures) = 'object'),
  CONSTRAINT report_versions_narratives_check CHECK (jsonb_typeof(narratives) = 'object'),
  CONSTRAINT report_versions_approved_check CHECK (status NOT IN ('approved', 'published') OR approved_at IS NOT NULL),
  CONSTRAINT report_versions_published_check CHECK ((status = 'published') = (published_at IS NOT NULL))
);

-- A published version is the public record: no change, no removal (a correction is a new version).
CREATE FUNCTION gongkai_report_versions_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    IF EXISTS (SELECT 1 FROM report_versions WHERE status = 'published') THEN
      RAISE EXCEPTION 'report_versions holds published versions: TRUNCATE refused' USING ERRCODE = 'GK002';
    END IF;
    RETURN NULL;
  END IF;
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'report version %/%/% is published: % refused', OLD.agency_id, OLD.year, OLD.version, TG_OP
      USING ERRCODE = 'GK002';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER report_versions_published_frozen BEFORE UPDATE OR DELETE ON report_versions
  FOR EACH ROW EXECUTE FUNCTION gongkai_report_versions_freeze();
CREATE TRIGGER report_versions_no_truncate BEFORE TRUNCATE ON report_versions
  FOR EACH STATEMENT EXECUTE FUNCTION gongkai_report_versions_freeze();

-- An agency cannot be placed below itself.
CREATE FUNCTION gongkai_agencies_no_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.parent_id IS NOT NULL AND EXISTS (
    WITH RECURSIVE up (id, parent_id) AS (
      SELECT a.id, a.parent_id FROM agencies a WHERE a.id = NEW.parent_id
      UNION
      SELECT a.id, a.parent_id FROM agencies a JOIN up ON a.id = up.parent_id
    )
    SELECT 1 FROM up WHERE up.id = NEW.id
  ) THEN
    RAISE EXCEPTION 'agency % cannot be below itself', NEW.id USING ERRCODE = 'GK003';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER agencies_no_cycle BEFORE INSERT OR UPDATE OF parent_id ON agencies
  FOR EACH ROW EXECUTE FUNCTION gongkai_agencies_no_cycle();
