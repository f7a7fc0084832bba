-- version 1
CREATE OR REPLACE FUNCTION public.search_synonym_rules_from_group()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM refresh_search_synonym_rules(OLD.municipality_id); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM refresh_search_synonym_rules(NEW.municipality_id); END IF;
    RETURN NULL;
END $function$;

CREATE OR REPLACE TRIGGER search_synonym_rules_refresh AFTER INSERT OR DELETE OR UPDATE ON public.synonym_groups FOR EACH ROW EXECUTE FUNCTION search_synonym_rules_from_group();
