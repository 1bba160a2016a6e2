# Commands on examples/undeclared: recommendStack for the workspace folder (by URI, by path,
# and with no argument at all, as Eglot sends "arguments": null), with given use cases,
# declareUseCase through workspace/applyEdit, explain; wrong arguments get -32602.
workspace> examples/undeclared
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"workspace":{"applyEdit":true,"workspaceEdit":{"documentChanges":true}}}}}
<-- {"id":1,"result":{"capabilities":{"executeCommandProvider":{"commands":["stackls.declareUseCase","stackls.explain","stackls.recommendStack"]}}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","id":2,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":[{"root":"{{root}}"}]}}
<-- {"id":2,"result":{"root":"{{rootPath}}","stacks":["node"],"declaredUseCases":[],"inferredUseCases":[{"id":"ai-ml","evidence":["dependency @tensorflow/tfjs-node","dependency @tensorflow-models/coco-ssd","description neural network"]},{"id":"voice-image-recognition"},{"id":"backend"},{"id":"web"}],"recommendation":{"stack":"python","useCases":["ai-ml","voice-image-recognition","backend"],"scores":{"node":"{{any}}","python":"{{any}}"},"dimensions":"{{any}}","reasons":"{{any}}"},"fixes":[{"title":"Declare use cases ai-ml, voice-image-recognition, backend","edit":{"documentChanges":[{"textDocument":{"uri":"{{uri:package.json}}","version":null},"edits":[{"range":{"start":{"line":0,"character":1},"end":{"line":0,"character":1}},"newText":"\"stackls\": {\"useCase\": [\"ai-ml\", \"voice-image-recognition\", \"backend\"]}, "}]}]}},{"title":"Declare use case ai-ml"},{"title":"Ignore inferred-use-case-mismatch in this project"},{"title":"Ignore dependency-against-stack in this project"}],"markdown":"{{any}}"}}
--> {"jsonrpc":"2.0","id":3,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":[{"root":"{{rootPath}}"}]}}
<-- {"id":3,"result":{"root":"{{rootPath}}","recommendation":{"stack":"python"}}}
--> {"jsonrpc":"2.0","id":4,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":null}}
<-- {"id":4,"result":{"root":"{{rootPath}}","recommendation":{"stack":"python"}}}
# Given use cases override what the project suggests.
--> {"jsonrpc":"2.0","id":5,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":[{"root":"{{root}}","useCases":["realtime-collaboration"]}]}}
<-- {"id":5,"result":{"recommendation":{"stack":"node","useCases":["realtime-collaboration"]}}}
# Wrong arguments.
--> {"jsonrpc":"2.0","id":6,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":[{"useCases":["ai-mll"]}]}}
<-- error -32602 6
--> {"jsonrpc":"2.0","id":7,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":[{"root":42}]}}
<-- error -32602 7
--> {"jsonrpc":"2.0","id":8,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":["x"]}}
<-- error -32602 8
--> {"jsonrpc":"2.0","id":9,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":[{"root":"{{root}}/no/such/dir"}]}}
<-- error -32602 9
# Explanations.
--> {"jsonrpc":"2.0","id":10,"method":"workspace/executeCommand","params":{"command":"stackls.explain","arguments":[{"useCase":"ai-ml"}]}}
<-- {"id":10,"result":{"markdown":"{{any}}"}}
--> {"jsonrpc":"2.0","id":11,"method":"workspace/executeCommand","params":{"command":"stackls.explain","arguments":[{"package":"express","ecosystem":"npm"}]}}
<-- {"id":11,"result":{"markdown":"{{any}}"}}
--> {"jsonrpc":"2.0","id":12,"method":"workspace/executeCommand","params":{"command":"stackls.explain","arguments":[{"package":"no-such-package-xyz","ecosystem":"pypi"}]}}
<-- {"id":12,"result":null}
--> {"jsonrpc":"2.0","id":13,"method":"workspace/executeCommand","params":{"command":"stackls.explain","arguments":[{"package":"express","ecosystem":"cargo"}]}}
<-- error -32602 13
--> {"jsonrpc":"2.0","id":14,"method":"workspace/executeCommand","params":{"command":"stackls.explain","arguments":null}}
<-- error -32602 14
# declareUseCase: the server asks the client to apply the edit and answers once it did.
--> {"jsonrpc":"2.0","id":15,"method":"workspace/executeCommand","params":{"command":"stackls.declareUseCase","arguments":[{"uri":"{{uri:package.json}}","useCases":["nope"]}]}}
<-- error -32602 15
--> {"jsonrpc":"2.0","id":16,"method":"workspace/executeCommand","params":{"command":"stackls.declareUseCase","arguments":[{"uri":"{{uri:package.json}}","useCases":["realtime-collaboration"]}]}}
<-- {"method":"workspace/applyEdit","params":{"label":"Declare use case realtime-collaboration","edit":{"documentChanges":[{"textDocument":{"uri":"{{uri:package.json}}","version":null},"edits":[{"range":{"start":{"line":0,"character":1},"end":{"line":0,"character":1}},"newText":"\"stackls\": {\"useCase\": \"realtime-collaboration\"}, "}]}]}}}
--> {"jsonrpc":"2.0","id":{{lastRequestId}},"result":{"applied":true}}
<-- {"id":16,"result":{"applied":true}}
--> {"jsonrpc":"2.0","id":17,"method":"shutdown"}
<-- {"id":17,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
