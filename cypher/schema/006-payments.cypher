// 006-payments.cypher: the Payment claim type (money paid by one actor to another). Re-runnable (IF NOT EXISTS).
CREATE CONSTRAINT payment_id_unique IF NOT EXISTS FOR (n:Payment) REQUIRE n.id IS UNIQUE;
