-- The one row of roi_settings from the configuration (Roi).
INSERT INTO roi_settings VALUES ($costPerTicket, $revenue, $weeks);
