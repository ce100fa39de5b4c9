-- Whether any ticket (deleted ones left out) or any alert carries the category.
SELECT (SELECT count(*) FROM kpi_tickets WHERE coalesce(category, $no_category) = $category)
     + (SELECT count(*) FROM alerts WHERE category = $category);
