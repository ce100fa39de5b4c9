-- One holiday of the business calendar (BusinessHours.Holidays).
INSERT INTO business_holidays VALUES ($day);
