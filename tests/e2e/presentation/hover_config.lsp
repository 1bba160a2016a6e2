# Hover on examples/misconfigured: an unknown declared id shows the finding's reasoning and its
# "did you mean" fix instead of a comparison; a rule id in .stackls.json's "ignore" list says
# what that rule reports.
workspace> examples/misconfigured
file> .stackls.json "{\"ignore\": [[[rule:\"no-dependencies\"]]]}\n"
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start:package.json@machine-learnin}}}}
<-- {"id":2,"result":{"contents":{"value":"{{has:(`unknown-use-case`, error)…Quick fixes:}}"},"range":{{range:package.json@"machine-learnin"}}}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start:package.json@machine-learnin}}}}
<-- {"id":3,"result":{"contents":{"value":"{{lacks:| Dimension}}"}}}
# The known ids next to it still get their comparison.
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start:package.json@3d-modeling}}}}
<-- {"id":4,"result":{"contents":{"value":"{{has:**3D modeling** (`3d-modeling`)…| Dimension | Node.js | Python |}}"},"range":{{range:package.json@"3d-modeling"}}}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:.stackls.json}}","languageId":"json","version":1,"text":"{{text:.stackls.json}}"}}}
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:.stackls.json}}"},"position":{{end:.stackls.json#rule}}}}
<-- {"id":5,"result":{"contents":{"value":"{{has:(`no-dependencies`)…information by default}}"},"range":{{range:.stackls.json#rule}}}}
--> {"jsonrpc":"2.0","id":6,"method":"shutdown"}
<-- {"id":6,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
