-- version 1
CREATE OR REPLACE FUNCTION public.dilemma_search_from_agreement()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN PERFORM note_dilemma_search((SELECT dilemma_id FROM decisions WHERE id = NEW.decision_id)); RETURN NULL; END $function$;

CREATE OR REPLACE TRIGGER dilemma_search_refresh AFTER INSERT OR UPDATE ON public.agreements FOR EACH ROW EXECUTE FUNCTION dilemma_search_from_agreement();
