# utf-8 positions when offered; workspace/configuration pulled and dynamic registration
# requested when supported; the server's requests carry ids it then matches.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{"general":{"positionEncodings":["utf-16","utf-8"]},"workspace":{"configuration":true,"workspaceFolders":true,"didChangeConfiguration":{"dynamicRegistration":true}}},"workspaceFolders":[{"uri":"file:///w/a","name":"a"}]}}
<-- {"id":1,"result":{"capabilities":{"positionEncoding":"utf-8"}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
<-- {"id":1,"method":"client/registerCapability","params":{"registrations":[{"method":"workspace/didChangeConfiguration","id":"{{any}}","registerOptions":{"section":"stackls"}}]}}
<-- {"id":2,"method":"workspace/configuration","params":{"items":[{"section":"stackls"},{"scopeUri":"file:///w/a","section":"stackls"}]}}
--> {"jsonrpc":"2.0","id":1,"result":null}
--> {"jsonrpc":"2.0","id":2,"result":[{"inlayHints":{"enable":false}},{"inlayHints":{"enable":false}}]}
<-- none
# A push from a pull-model client triggers a new pull.
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":null}}
<-- {"id":3,"method":"workspace/configuration"}
--> {"jsonrpc":"2.0","id":3,"error":{"code":-32603,"message":"client failed"}}
--> {"jsonrpc":"2.0","method":"workspace/didChangeWorkspaceFolders","params":{"event":{"added":[{"uri":"file:///w/b","name":"b"}],"removed":[{"uri":"file:///w/a","name":"a"}]}}}
<-- none
--> {"jsonrpc":"2.0","id":4,"method":"shutdown"}
<-- {"id":4,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
