-- version 1
CREATE OR REPLACE FUNCTION public.dilemma_search_from_child()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN PERFORM note_dilemma_search(CASE WHEN TG_OP = 'DELETE' THEN OLD.dilemma_id ELSE NEW.dilemma_id END); RETURN NULL; END $function$;

CREATE OR REPLACE TRIGGER dilemma_search_refresh AFTER INSERT OR UPDATE ON public.comments FOR EACH ROW EXECUTE FUNCTION dilemma_search_from_child();
CREATE OR REPLACE TRIGGER dilemma_search_refresh AFTER INSERT OR UPDATE ON public.decisions FOR EACH ROW EXECUTE FUNCTION dilemma_search_from_child();
CREATE OR REPLACE TRIGGER dilemma_search_refresh AFTER INSERT OR DELETE ON public.dilemma_policy_areas FOR EACH ROW EXECUTE FUNCTION dilemma_search_from_child();
