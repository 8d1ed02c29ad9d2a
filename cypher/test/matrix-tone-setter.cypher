// Test only (policy matrix): whether a person is marked as tone-setting on a board.
MATCH (:Board {id: $boardId})-[inc:INCLUDES]->(:Person {id: $personId})
RETURN inc.toneSetter AS toneSetter
