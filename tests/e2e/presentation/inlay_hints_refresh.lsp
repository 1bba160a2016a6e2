# A project with package.json and requirements.txt (fixtures/two-stacks): hints show both sides'
# fit, and editing one manifest asks the client to re-request hints and lenses
# (workspace/inlayHint/refresh, workspace/codeLens/refresh) when the client supports it;
# so does switching either off.
workspace> fixtures/two-stacks
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"workspace":{"inlayHint":{"refreshSupport":true},"codeLens":{"refreshSupport":true}}}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:requirements.txt}}","languageId":"text","version":1,"text":"{{text:requirements.txt}}"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"{{uri:requirements.txt}}"},"range":{"start":{"line":0,"character":0},"end":{"line":100,"character":0}}}}
<-- {"id":2,"result":[{"label":"Node.js: weak fit · Python: strong fit","position":{{start:requirements.txt#idEnd}}},{"label":"deep learning","position":{{start:requirements.txt#torch}}}]}
# Another use case: the labels change, so the client is asked to refresh both.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{uri:requirements.txt}}","version":2},"contentChanges":[{"range":{{range:requirements.txt#id}},"text":"realtime-collaboration"}]}}
<-- {"jsonrpc":"2.0","method":"workspace/inlayHint/refresh"}
--> {"jsonrpc":"2.0","id":{{lastRequestId}},"result":null}
<-- {"jsonrpc":"2.0","method":"workspace/codeLens/refresh"}
--> {"jsonrpc":"2.0","id":{{lastRequestId}},"result":null}
# package.json, not edited, shows the new fit summary in its lens.
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/codeLens","params":{"textDocument":{"uri":"{{uri:package.json}}"}}}
<-- {"id":3,"result":[{"command":{"title":"realtime-collaboration · Node.js: strong fit · Python: weak fit"}}]}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{"start":{"line":0,"character":0},"end":{"line":100,"character":0}}}}
<-- {"id":4,"result":[{"label":"real-time","position":{{start:package.json#socketio}}}]}
# Turning lenses or hints off (or on) asks for a refresh too, so they vanish at once.
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"stackls":{"codeLens":{"enable":false}}}}}
<-- {"jsonrpc":"2.0","method":"workspace/codeLens/refresh"}
--> {"jsonrpc":"2.0","id":{{lastRequestId}},"result":null}
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"stackls":{"codeLens":{"enable":false},"inlayHints":{"enable":false}}}}}
<-- {"jsonrpc":"2.0","method":"workspace/inlayHint/refresh"}
--> {"jsonrpc":"2.0","id":{{lastRequestId}},"result":null}
--> {"jsonrpc":"2.0","id":5,"method":"shutdown"}
<-- {"id":5,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
