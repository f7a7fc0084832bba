-- version 2
CREATE OR REPLACE FUNCTION public.audit_entries_append_only()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    -- The logboek is append-only. The one exception is the retention job (RetentionJob), which says so for its own
    -- transaction (SET LOCAL oh.audit_retention = 'on') and may then remove entries older than the gemeente's term,
    -- never younger than 7 years whatever the term says.
    IF TG_OP = 'DELETE' AND current_setting('oh.audit_retention', true) = 'on'
       AND OLD.at < now() - make_interval(years => GREATEST(7, coalesce(
           (SELECT m.retention_audit_log_years FROM municipalities m WHERE m.id = OLD.municipality_id), 7))) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'Het logboek kan niet worden gewijzigd of verwijderd.';
END $function$;

CREATE OR REPLACE TRIGGER audit_entries_append_only BEFORE DELETE OR UPDATE ON public.audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
