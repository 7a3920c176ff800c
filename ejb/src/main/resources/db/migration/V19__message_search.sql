-- History search: full text over what staff wrote and what people replied (MATCH ... AGAINST in boolean mode).
ALTER TABLE outbound_message
    ADD FULLTEXT INDEX ft_outbound_body (body);
ALTER TABLE inbound_message
    ADD FULLTEXT INDEX ft_inbound_body (body);
