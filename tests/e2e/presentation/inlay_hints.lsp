# Inlay hints on examples/ml-on-node: the fit after the declared use case, each signalling
# dependency's role after its entry; only inside the requested range; off with
# stackls.inlayHints.enable=false, back on when the settings are empty again.
workspace> examples/ml-on-node
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"textDocument":{"inlayHint":{}}}}}
<-- {"id":1,"result":{"capabilities":{"inlayHintProvider":true}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{"start":{"line":0,"character":0},"end":{"line":1000,"character":0}}}}
<-- {"id":2,"result":[{"label":"Node.js: weak fit","position":{{end:package.json@"ai-ml"}},"paddingLeft":true,"tooltip":"{{has:AI and machine learning solutions…Python: strong fit}}"},{"label":"deep learning","position":{{end:package.json@"@tensorflow/tfjs-node": "^4.20.0"}}},{"label":"web server","position":{{end:package.json@"express": "^4.19.2"}}},{"label":"dataframes","position":{{end:package.json@"danfojs-node": "^1.1.2"}}}]}
# A range covering the first two dependency lines only.
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{"start":{{start:package.json@"@tensorflow}},"end":{{end:package.json@"express"}}}}}
<-- {"id":3,"result":[{"label":"deep learning"}]}
# Version 2 (a whole new text, kept as a second fixture file so its positions are marked too):
# the hints follow the new text, and a dependency without signals gets none.
file> v2/package.json "{\n  \"name\": \"churn-predictor\",\n  \"stackls\": {\"useCase\": [\"web\"[[web]], \"ai-ml\"[[ai]]]},\n  \"dependencies\": {\"left-pad\": \"1\", \"express\": \"^4.19.2\"[[express]]}\n}\n"
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{uri:package.json}}","version":2},"contentChanges":[{"text":"{{text:v2/package.json}}"}]}}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{"start":{"line":0,"character":0},"end":{"line":1000,"character":0}}}}
<-- {"id":4,"result":[{"label":"Node.js: strong fit","position":{{start:v2/package.json#web}}},{"label":"Node.js: weak fit","position":{{start:v2/package.json#ai}}},{"label":"web server","position":{{start:v2/package.json#express}}}]}
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"stackls":{"inlayHints":{"enable":false}}}}}
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{"start":{"line":0,"character":0},"end":{"line":1000,"character":0}}}}
<-- {"id":5,"result":[]}
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{}}}
--> {"jsonrpc":"2.0","id":6,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{"start":{"line":0,"character":0},"end":{"line":1000,"character":0}}}}
<-- {"id":6,"result":[{"label":"Node.js: strong fit"},{"label":"Node.js: weak fit"},{"label":"web server"}]}
# Unknown document: an empty list.
--> {"jsonrpc":"2.0","id":7,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"{{uri:other/package.json}}"},"range":{"start":{"line":0,"character":0},"end":{"line":1,"character":0}}}}
<-- {"id":7,"result":[]}
--> {"jsonrpc":"2.0","id":8,"method":"shutdown"}
<-- {"id":8,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
