-- version 1
CREATE OR REPLACE FUNCTION public.dilemma_search_from_dilemma()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN PERFORM note_dilemma_search(NEW.id); RETURN NULL; END $function$;

CREATE OR REPLACE TRIGGER dilemma_search_refresh AFTER INSERT OR UPDATE ON public.dilemmas FOR EACH ROW EXECUTE FUNCTION dilemma_search_from_dilemma();
