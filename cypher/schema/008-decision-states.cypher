// 008-decision-states.cypher: the DecisionState claim type (where a decision stood from a date on). Re-runnable.
CREATE CONSTRAINT decision_state_id_unique IF NOT EXISTS FOR (n:DecisionState) REQUIRE n.id IS UNIQUE;
