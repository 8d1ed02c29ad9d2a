// One record larger than a Bolt chunk: many names with letters outside ASCII, dates and timestamps (bolt-messages.int).
UNWIND range(1, $n) AS i
RETURN collect({i: i, name: $prefix + toString(i), day: date('2026-01-01') + duration({days: i % 300}), at: datetime({epochSeconds: 1700000000 + i * 3607, nanosecond: i * 1000})}) AS items
