-- version 1
CREATE OR REPLACE FUNCTION public.note_dilemma_search(target uuid)
 RETURNS void
 LANGUAGE sql
AS $function$
    INSERT INTO dilemma_search_pending (dilemma_id) VALUES (target) ON CONFLICT DO NOTHING;
$function$;
