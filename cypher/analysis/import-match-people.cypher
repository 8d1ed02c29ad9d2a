// The board (if the user is on its team) and those of its people whose alias matches one of the
// file's names, ignoring case ($aliases are lower case). Only matching people are read.
MATCH (b:Board {id: $boardId})
WHERE EXISTS { (b)<-[:ON_TEAM]-(:User {id: $userId}) }
OPTIONAL MATCH (b)-[inc:INCLUDES]->(p:Person)
WHERE toLower(p.alias) IN $aliases
RETURN b.id AS boardId, collect(p {.*, toneSetter: inc.toneSetter}) AS people
