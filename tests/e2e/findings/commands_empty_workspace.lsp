# stackls.recommendStack with no workspace at all: given use cases it recommends; without
# any it says there is nothing to go on (no error: a status bar asks this on every start).
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":null,"capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","id":2,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":[{"useCases":["ai-ml","realtime-collaboration"]}]}}
<-- {"id":2,"result":{"root":"","stacks":[],"declaredUseCases":[],"inferredUseCases":[],"recommendation":{"useCases":["ai-ml","realtime-collaboration"],"stack":"split"},"fixes":[],"markdown":"{{any}}"}}
--> {"jsonrpc":"2.0","id":3,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":[]}}
<-- {"id":3,"result":{"recommendation":null,"fixes":[]}}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
