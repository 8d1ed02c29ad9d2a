// A completed login clears the username's counter (the address's runs out on its own, so one
// valid account cannot be used to reset it between guesses at others).
MATCH (t:LoginThrottle {key: $userKey})
DETACH DELETE t
