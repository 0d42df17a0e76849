# ctreport — the two commands a newcomer needs are `make report` and `make test`.
GO       ?= go
BIN      := bin/ctreport
PERIOD   ?= last-year
LANG_OUT ?= en

.PHONY: build report test vet cross staticcheck bench sample clean install dist man

build:
	$(GO) build -o $(BIN) ./cmd/ctreport

## report: build the report of the embedded sample into ./out/<period>/
report: build
	./$(BIN) run --period $(PERIOD) --lang $(LANG_OUT) --out ./out

## test: vet, the other systems' vet, staticcheck and every test (Examples included)
test: vet cross staticcheck
	$(GO) test -count=1 ./...

vet:
	$(GO) vet ./...

## cross: build and vet (tests included) for the other systems ctreport runs on
CROSS := windows/amd64 darwin/arm64 linux/arm64
cross:
	@set -e; for t in $(CROSS); do \
	  echo "go vet ./... for $$t"; \
	  GOOS=$${t%/*} GOARCH=$${t#*/} $(GO) vet ./...; \
	done

## staticcheck: the version go.mod pins as a tool (go tool fetches it from the module proxy)
staticcheck:
	$(GO) tool staticcheck ./...

## bench: load + analysis on synth data at 100k and 1M rows (rows/s, peak memory)
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./data/ ./analysis/
	./scripts/bench.sh

## sample: regenerate the embedded sample from data/synth
sample:
	$(GO) test ./data/synth -run TestSampleFile -update

clean:
	rm -rf bin out
