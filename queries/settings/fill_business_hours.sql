-- One window of the business calendar's week (BusinessHours.Week): ISO weekday, minutes from midnight it opens and closes.
INSERT INTO business_hours VALUES ($weekday, $opens, $closes);
