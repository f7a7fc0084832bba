-- version 1
CREATE OR REPLACE FUNCTION public.refresh_pending_dilemma_search()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    DELETE FROM dilemma_search_pending WHERE dilemma_id = NEW.dilemma_id;
    PERFORM refresh_dilemma_search(NEW.dilemma_id);
    RETURN NULL;
END $function$;

-- A constraint trigger (deferred to the commit) has no OR REPLACE.
DROP TRIGGER IF EXISTS dilemma_search_pending_refresh ON public.dilemma_search_pending;
CREATE CONSTRAINT TRIGGER dilemma_search_pending_refresh AFTER INSERT ON public.dilemma_search_pending DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refresh_pending_dilemma_search();
