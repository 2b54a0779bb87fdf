-- Demo data (what `npm start` shows on a fresh install) is marked on its agencies and can be removed
-- as a whole (`gongkai demo remove`): the append-only history and published reports of demo agencies
-- may be deleted; everyone else's stay protected.
ALTER TABLE agencies ADD COLUMN demo boolean NOT NULL DEFAULT false;

CREATE OR REPLACE FUNCTION gongkai_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'application_events' AND EXISTS (
    SELECT 1 FROM applications a JOIN agencies g ON g.id = a.agency_id WHERE a.id = OLD.application_id AND g.demo) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'GK001';
END
$$;

CREATE OR REPLACE FUNCTION gongkai_report_versions_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    IF EXISTS (SELECT 1 FROM report_versions WHERE status = 'published') THEN
      RAISE EXCEPTION 'report_versions holds published versions: TRUNCATE refused' USING ERRCODE = 'GK002';
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM agencies g WHERE g.id = OLD.agency_id AND g.demo) THEN
    RETURN OLD;
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

-- An agency made below a demo agency is demo data too.
CREATE FUNCTION gongkai_agencies_inherit_demo() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.parent_id IS NOT NULL AND EXISTS (SELECT 1 FROM agencies WHERE id = NEW.parent_id AND demo) THEN
    NEW.demo := true;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER agencies_inherit_demo BEFORE INSERT OR UPDATE OF parent_id ON agencies
  FOR EACH ROW EXECUTE FUNCTION gongkai_agencies_inherit_demo();
