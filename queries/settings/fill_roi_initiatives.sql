-- One configured initiative of the ROI model (Roi.Initiatives).
INSERT INTO roi_initiatives VALUES ($name, $start, $cost);
