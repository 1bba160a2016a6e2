# The whole lifecycle of issue 2 point 4, in order, ending with exit code 0.
# A request before initialize: -32002. A notification before initialize: ignored.
--> {"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/package.json"},"position":{"line":0,"character":0}}}
<-- error -32002 1
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/package.json","languageId":"json","version":1,"text":"{}"}}}
<-- none
--> {"jsonrpc":"2.0","id":2,"method":"initialize","params":{"processId":null,"rootUri":"file:///w","capabilities":{},"clientInfo":{"name":"transcript"}}}
<-- {"id":2,"result":{"capabilities":{"positionEncoding":"utf-16","textDocumentSync":{"openClose":true,"change":2,"save":{"includeText":false}},"workspace":{"workspaceFolders":{"supported":true}}},"serverInfo":{"name":"stackls","version":"{{any}}"}}}
# A second initialize is refused.
--> {"jsonrpc":"2.0","id":3,"method":"initialize","params":{"capabilities":{}}}
<-- error -32600 3
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
<-- {"method":"window/logMessage","params":{"type":3}}
# Unknown request: -32601. Unknown notifications, $/ ones included: ignored.
--> {"jsonrpc":"2.0","id":"four","method":"stackls/noSuchThing"}
<-- error -32601 "four"
--> {"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"verbose"}}
--> {"jsonrpc":"2.0","method":"stackls/noSuchNotification"}
<-- none
# shutdown with params absent (Neovim), then every request is -32600.
--> {"jsonrpc":"2.0","id":5,"method":"shutdown"}
<-- {"id":5,"result":null}
--> {"jsonrpc":"2.0","id":6,"method":"textDocument/hover","params":{}}
<-- error -32600 6
--> {"jsonrpc":"2.0","id":7,"method":"shutdown"}
<-- error -32600 7
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
