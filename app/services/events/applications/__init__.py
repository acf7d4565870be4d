"""申込みの取り込み: applications to an event from a web form's CSV or .xlsx export."""
