# ctreport — the two commands a newcomer needs are `make report` and `make test`.
GO       ?= go
BIN      := bin/ctreport
PERIOD   ?= last-year
LANG_OUT ?= en

.PHONY: build report test vet cross staticcheck bench sample clean install dist man

# The commit and date `ctreport version` prints (from the build info when
# git is not there).
COMMIT  := $(shell git rev-parse HEAD 2>/dev/null)$(shell git diff --quiet HEAD 2>/dev/null || echo -dirty)
DATE    := $(shell date -u +%Y-%m-%dT%H:%M:%SZ)
LDFLAGS := -X main.commit=$(COMMIT) -X main.buildDate=$(DATE)

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/ctreport

## install: ctreport into $(go env GOPATH)/bin (or $GOBIN)
install:
	$(GO) install -ldflags "$(LDFLAGS)" ./cmd/ctreport

## dist: release binaries for linux, darwin and windows × amd64, arm64 in dist/, with SHA256SUMS
PLATFORMS := linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64
dist:
	rm -rf dist && mkdir -p dist
	@set -e; for t in $(PLATFORMS); do \
	  os=$${t%/*}; arch=$${t#*/}; ext=; [ $$os = windows ] && ext=.exe; \
	  echo "dist/ctreport-$$os-$$arch$$ext"; \
	  CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -ldflags "-s -w $(LDFLAGS)" \
	    -o dist/ctreport-$$os-$$arch$$ext ./cmd/ctreport; \
	done
	cd dist && sha256sum ctreport-* > SHA256SUMS

## man: the man page docs/ctreport.1, from the settings table
man: build
	./$(BIN) man > docs/ctreport.1

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
	rm -rf bin out dist
