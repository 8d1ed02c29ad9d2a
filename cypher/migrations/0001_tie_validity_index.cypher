// Board and as-of queries filter ties by their validity window.
CREATE INDEX tie_validity IF NOT EXISTS FOR ()-[r:TIE]-() ON (r.validFrom, r.validTo);
