-- Personal numbers still being bought long after they were ordered: their order may be in a broker that is gone (a
-- dead node's journal), so the reconciler queues the order again, noting when, and looks again only as long after.
ALTER TABLE sender_number
    ADD COLUMN order_requeued_at DATETIME(6) NULL;
