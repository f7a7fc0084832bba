-- version 1
CREATE OR REPLACE FUNCTION public.audit_entries_append_only()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    RAISE EXCEPTION 'Het logboek kan niet worden gewijzigd of verwijderd.';
END $function$;

CREATE OR REPLACE TRIGGER audit_entries_append_only BEFORE DELETE OR UPDATE ON public.audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
