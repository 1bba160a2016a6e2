# exit is honoured even before initialize (code 1: no shutdown came).
--> {"jsonrpc":"2.0","method":"exit"}
exit 1
