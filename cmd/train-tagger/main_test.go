package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core/pos"
)

// smallOptions train quickly on a few sentences.
func smallOptions() options {
	o := defaultOptions()
	o.bits, o.epochs, o.keep, o.retrain, o.dictMin = 12, 3, 300, 2, 3
	return o
}

// TestDeterministic trains twice on the invented sample and gets the same
// bytes: shuffling is seeded, the ensemble averages in a fixed order and
// every file is sorted.
func TestDeterministic(t *testing.T) {
	sample, err := readFile("testdata/sample.conllu")
	require.NoError(t, err)
	require.Len(t, sample, 18)
	var models []*model
	for range 2 {
		m, err := build(trainingSet(sample, 4), sample, sample, smallOptions(), 1<<20, io.Discard)
		require.NoError(t, err)
		models = append(models, m)
	}
	assert.Equal(t, models[0].bin, models[1].bin)
	assert.Equal(t, models[0].dictTSV, models[1].dictTSV)
	assert.Equal(t, models[0].lemmas, models[1].lemmas)
	assert.NotEmpty(t, models[0].bin)

	// The model learnt something of its training set.
	tg := pos.NewTagger(models[0].bin, models[0].dictTSV)
	require.NoError(t, tg.Err())
	assert.Greater(t, score(tg, sample).upos(), 0.8)
	assert.Contains(t, models[0].lemmas, "children\tNOUN\tchild\n")
	assert.Contains(t, models[0].lemmas, "went\tVERB\tgo\n")
	assert.NotContains(t, models[0].lemmas, "talks\t", "the rules get talks right")
}

// TestRun writes the three files from an EWT-like folder.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("testdata/sample.conllu")
	require.NoError(t, err)
	for _, name := range []string{"train", "dev", "test"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "en_ewt-ud-"+name+".conllu"), data, 0o644))
	}
	var log strings.Builder
	require.NoError(t, run(dir, filepath.Join(dir, "out"), smallOptions(), 1<<20, &log))
	for _, name := range []string{"tagger.bin", "tagdict.tsv", "lemmas.tsv"} {
		_, err := os.Stat(filepath.Join(dir, "out", name))
		assert.NoError(t, err, name)
	}
	assert.Contains(t, log.String(), "test:")
	assert.Contains(t, log.String(), "brotli")
	assert.Error(t, run(filepath.Join(dir, "missing"), dir, smallOptions(), 1<<20, io.Discard))
}

func TestMergeHyphens(t *testing.T) {
	sample, err := readFile("testdata/sample.conllu")
	require.NoError(t, err)
	m, ok := mergeHyphens(sample[1])
	require.True(t, ok)
	assert.Equal(t, []string{"Negotiators", "have", "agreed", "to", "a", "cease-fire", "."}, m.words)
	assert.Equal(t, pos.NOUN, m.tags[5])
	m, ok = mergeHyphens(sample[8])
	require.True(t, ok)
	assert.Equal(t, "Israeli-Palestinian", m.words[0])
	assert.Equal(t, pos.ADJ, m.tags[0])
	m, ok = mergeHyphens(sample[17])
	require.True(t, ok)
	assert.Equal(t, "Al-Mekhlafi", m.words[0])
	_, ok = mergeHyphens(sample[0])
	assert.False(t, ok)

	ts := trainingSet(sample, 4)
	assert.Greater(t, len(ts), len(sample)+4)
	assert.Equal(t, "THE", headline(sample[0], true).words[0])
	assert.Equal(t, []string{"The", "Union", "Said", "Talks", "Would", "Resume", "on", "Monday", "."}, headline(sample[0], false).words)
}

func TestReadCoNLLUErrors(t *testing.T) {
	_, err := readCoNLLU(strings.NewReader("1\tword\n"))
	assert.Error(t, err)
	_, err = readCoNLLU(strings.NewReader("1\tw\tw\tNOPE\tX\t_\t0\troot\t_\t_\n"))
	assert.Error(t, err)
	s, err := readCoNLLU(strings.NewReader("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n2.1\tx\tx\tVERB\tVB\t_\t_\t_\t_\t_\n"))
	require.NoError(t, err)
	require.Len(t, s, 1)
	assert.Equal(t, []string{"do", "n't"}, s[0].words)
}
