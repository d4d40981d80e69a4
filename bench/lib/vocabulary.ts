/**
 * Term lists for invented paper titles and abstracts.
 *
 * Grouped into research areas, so that papers from one area share terms the
 * way real ones do: related-paper scoring finds real neighbours and topic
 * classification sees a realistic spread, while Pagefind indexes a vocabulary
 * of realistic size (thousands of distinct words, plus one invented method
 * name or more per paper for the long tail). All phrases are generic field
 * vocabulary written for this file; none is copied from a real abstract.
 */

/** The terms of one research area. */
export interface ResearchArea {
  /** Short id, used only to label generated papers. */
  id: string;
  /** What the area works on, as noun phrases ("video generation"). */
  tasks: readonly string[];
  /** Techniques and model families ("latent diffusion model"). */
  methods: readonly string[];
  /** Benchmarks and datasets reported in the area. */
  benchmarks: readonly string[];
  /** Things the area's models process or produce ("point clouds"). */
  objects: readonly string[];
  /** Metrics the area reports. */
  metrics: readonly string[];
}

/** The research areas papers are drawn from, one at random per paper. */
export const RESEARCH_AREAS: readonly ResearchArea[] = [
  {
    id: 'language-models',
    tasks: ['language modeling', 'instruction following', 'long-context understanding', 'in-context learning', 'text summarization', 'machine translation', 'question answering', 'open-domain dialogue', 'commonsense reasoning', 'knowledge editing', 'text classification', 'named entity recognition', 'multilingual understanding', 'low-resource translation', 'factual recall', 'story generation'],
    methods: ['large language model', 'decoder-only transformer', 'instruction tuning', 'supervised fine-tuning', 'parameter-efficient fine-tuning', 'low-rank adaptation', 'prefix tuning', 'prompt tuning', 'rotary position embedding', 'sliding-window attention', 'grouped-query attention', 'tokenizer', 'byte-level tokenization', 'continued pretraining', 'curriculum learning', 'data mixture optimization', 'speculative decoding', 'beam search', 'contrastive decoding', 'knowledge distillation', 'model merging'],
    benchmarks: ['MMLU', 'HellaSwag', 'ARC-Challenge', 'TruthfulQA', 'BIG-Bench Hard', 'WinoGrande', 'PIQA', 'LAMBADA', 'FLORES-200', 'XSum', 'CNN/DailyMail', 'Natural Questions', 'TriviaQA', 'LongBench', 'RULER', 'AlpacaEval', 'MT-Bench'],
    objects: ['tokens', 'prompts', 'instructions', 'documents', 'dialogue turns', 'context windows', 'hidden states', 'attention heads', 'vocabulary embeddings', 'training corpora'],
    metrics: ['perplexity', 'exact match', 'BLEU', 'ROUGE-L', 'win rate', 'accuracy', 'F1 score'],
  },
  {
    id: 'reasoning',
    tasks: ['mathematical reasoning', 'multi-step reasoning', 'theorem proving', 'logical deduction', 'arithmetic reasoning', 'symbolic reasoning', 'planning', 'self-verification', 'test-time scaling', 'problem decomposition', 'causal reasoning', 'scientific question answering'],
    methods: ['chain-of-thought prompting', 'tree-of-thought search', 'self-consistency', 'process reward model', 'outcome reward model', 'Monte Carlo tree search', 'verifier-guided decoding', 'reinforcement learning from verifiable rewards', 'rejection sampling fine-tuning', 'program-aided reasoning', 'self-refinement', 'best-of-N sampling', 'majority voting', 'latent reasoning', 'reasoning distillation'],
    benchmarks: ['GSM8K', 'MATH', 'AIME', 'MiniF2F', 'ProofNet', 'StrategyQA', 'GPQA', 'OlympiadBench', 'FOLIO', 'ProntoQA', 'MathVista', 'CommonsenseQA'],
    objects: ['reasoning traces', 'intermediate steps', 'proofs', 'solutions', 'rationales', 'verifier scores', 'search trees', 'problem statements'],
    metrics: ['pass@1', 'pass@k', 'accuracy', 'solve rate', 'proof success rate'],
  },
  {
    id: 'vision',
    tasks: ['image classification', 'object detection', 'semantic segmentation', 'instance segmentation', 'panoptic segmentation', 'depth estimation', 'optical flow estimation', 'pose estimation', 'image retrieval', 'visual tracking', 'open-vocabulary detection', 'referring segmentation', 'scene understanding', 'anomaly detection', 'image restoration', 'super-resolution', 'low-light enhancement'],
    methods: ['vision transformer', 'convolutional neural network', 'masked autoencoder', 'self-supervised pretraining', 'contrastive learning', 'feature pyramid network', 'deformable attention', 'detection transformer', 'segmentation foundation model', 'knowledge distillation', 'test-time adaptation', 'domain adaptation', 'window attention', 'hierarchical backbone', 'dense prediction head', 'visual prompt tuning'],
    benchmarks: ['ImageNet-1K', 'ImageNet-21K', 'COCO', 'ADE20K', 'Cityscapes', 'Pascal VOC', 'LVIS', 'KITTI', 'NYUv2', 'DAVIS', 'Objects365', 'RefCOCO'],
    objects: ['images', 'pixels', 'image patches', 'feature maps', 'bounding boxes', 'segmentation masks', 'keypoints', 'depth maps', 'visual tokens'],
    metrics: ['top-1 accuracy', 'mAP', 'mIoU', 'PSNR', 'SSIM', 'AbsRel'],
  },
  {
    id: 'generative-media',
    tasks: ['text-to-image generation', 'text-to-video generation', 'image editing', 'video editing', 'image inpainting', 'style transfer', 'subject-driven generation', 'controllable generation', 'image-to-video synthesis', 'visual tokenization', 'video prediction', 'motion transfer', 'personalized generation', 'layout-to-image generation'],
    methods: ['latent diffusion model', 'diffusion transformer', 'denoising diffusion probabilistic model', 'flow matching', 'rectified flow', 'consistency model', 'classifier-free guidance', 'variational autoencoder', 'vector-quantized autoencoder', 'autoregressive image model', 'masked generative transformer', 'score distillation sampling', 'ControlNet-style conditioning', 'cross-attention control', 'noise schedule', 'few-step distillation', 'generative adversarial network'],
    benchmarks: ['MS-COCO captions', 'LAION-5B', 'ImageNet 256x256', 'UCF-101', 'Kinetics-600', 'DrawBench', 'GenEval', 'T2I-CompBench', 'VBench', 'DreamBooth dataset', 'PartiPrompts'],
    objects: ['latents', 'noise levels', 'denoising steps', 'video frames', 'text prompts', 'attention maps', 'reference images', 'codebooks', 'motion trajectories'],
    metrics: ['FID', 'CLIP score', 'FVD', 'Inception Score', 'human preference rate'],
  },
  {
    id: 'multimodal',
    tasks: ['visual question answering', 'image captioning', 'video understanding', 'visual grounding', 'document understanding', 'chart understanding', 'multimodal reasoning', 'video question answering', 'cross-modal retrieval', 'visual instruction following', 'optical character recognition', 'embodied question answering'],
    methods: ['multimodal large language model', 'vision-language model', 'contrastive language-image pretraining', 'visual instruction tuning', 'Q-Former', 'cross-modal adapter', 'visual token pruning', 'interleaved image-text pretraining', 'any-resolution encoding', 'video tokenizer', 'modality connector', 'visual chain-of-thought', 'preference alignment for vision-language models'],
    benchmarks: ['VQAv2', 'GQA', 'TextVQA', 'DocVQA', 'ChartQA', 'MMBench', 'MME', 'MMMU', 'SEED-Bench', 'POPE', 'Video-MME', 'ScienceQA', 'NoCaps'],
    objects: ['image-text pairs', 'visual tokens', 'video clips', 'captions', 'scanned documents', 'charts', 'screenshots', 'region descriptions'],
    metrics: ['accuracy', 'CIDEr', 'recall@1', 'hallucination rate', 'ANLS'],
  },
  {
    id: 'speech-audio',
    tasks: ['automatic speech recognition', 'text-to-speech synthesis', 'speech translation', 'speaker verification', 'voice conversion', 'audio captioning', 'music generation', 'sound event detection', 'speech enhancement', 'spoken language understanding', 'audio-visual speech recognition', 'singing voice synthesis'],
    methods: ['neural audio codec', 'conformer', 'self-supervised speech representation', 'connectionist temporal classification', 'residual vector quantization', 'mel-spectrogram vocoder', 'speech language model', 'audio diffusion model', 'streaming encoder', 'discrete speech units', 'zero-shot voice cloning', 'audio tokenizer'],
    benchmarks: ['LibriSpeech', 'Common Voice', 'VCTK', 'LJSpeech', 'AudioCaps', 'Clotho', 'MusicCaps', 'AudioSet', 'VoxCeleb', 'FLEURS', 'CoVoST 2'],
    objects: ['waveforms', 'spectrograms', 'utterances', 'speech tokens', 'audio clips', 'phonemes', 'speakers', 'music tracks'],
    metrics: ['word error rate', 'MOS', 'speaker similarity', 'equal error rate', 'Frechet Audio Distance'],
  },
  {
    id: 'reinforcement-learning',
    tasks: ['offline reinforcement learning', 'multi-agent coordination', 'exploration', 'credit assignment', 'reward modeling', 'policy optimization', 'model-based control', 'goal-conditioned learning', 'continual reinforcement learning', 'imitation learning', 'sim-to-real transfer', 'safe exploration'],
    methods: ['proximal policy optimization', 'soft actor-critic', 'deep Q-network', 'world model', 'decision transformer', 'inverse reinforcement learning', 'behavior cloning', 'hierarchical policy', 'intrinsic motivation', 'conservative Q-learning', 'group relative policy optimization', 'advantage estimation', 'direct preference optimization', 'reward shaping'],
    benchmarks: ['Atari 100k', 'D4RL', 'MuJoCo', 'DeepMind Control Suite', 'Procgen', 'NetHack', 'Meta-World', 'StarCraft Multi-Agent Challenge', 'Minecraft', 'Crafter'],
    objects: ['trajectories', 'rewards', 'policies', 'value functions', 'environment states', 'action spaces', 'replay buffers', 'episodes'],
    metrics: ['normalized return', 'success rate', 'sample efficiency', 'human-normalized score'],
  },
  {
    id: 'robotics',
    tasks: ['robotic manipulation', 'dexterous grasping', 'legged locomotion', 'autonomous driving', 'visual navigation', 'motion planning', 'mobile manipulation', 'task and motion planning', 'humanoid control', 'trajectory prediction', 'bimanual manipulation', 'teleoperation'],
    methods: ['vision-language-action model', 'diffusion policy', 'imitation learning from demonstrations', 'model predictive control', 'occupancy network', 'bird\'s-eye-view representation', 'action chunking', 'domain randomization', 'tactile sensing', 'language-conditioned policy', 'cross-embodiment pretraining', 'residual policy learning'],
    benchmarks: ['nuScenes', 'Waymo Open Dataset', 'CARLA', 'RLBench', 'LIBERO', 'CALVIN', 'Open X-Embodiment', 'Habitat', 'ManiSkill', 'BridgeData'],
    objects: ['robot demonstrations', 'joint angles', 'end-effector poses', 'camera views', 'LiDAR scans', 'driving scenes', 'contact forces', 'action sequences'],
    metrics: ['success rate', 'collision rate', 'driving score', 'average displacement error', 'task completion rate'],
  },
  {
    id: 'efficiency',
    tasks: ['post-training quantization', 'model compression', 'efficient inference', 'KV cache compression', 'structured pruning', 'low-bit training', 'memory-efficient training', 'on-device deployment', 'token merging', 'early exiting', 'throughput optimization', 'serving at scale'],
    methods: ['weight-only quantization', 'activation quantization', 'mixed-precision training', 'sparse attention', 'linear attention', 'mixture of experts', 'state space model', 'structured sparsity', 'unstructured pruning', 'ternary weights', 'codebook quantization', 'FlashAttention-style kernel', 'paged attention', 'tensor parallelism', 'pipeline parallelism', 'gradient checkpointing', 'dynamic token pruning'],
    benchmarks: ['WikiText-2', 'C4', 'The Pile', 'LongBench', 'ShareGPT traces', 'MLPerf', 'Long Range Arena', 'SlimPajama'],
    objects: ['weights', 'activations', 'KV caches', 'GPU kernels', 'memory footprints', 'FLOPs', 'bit widths', 'expert layers', 'outliers'],
    metrics: ['perplexity', 'throughput', 'latency', 'speedup', 'memory usage', 'compression ratio'],
  },
  {
    id: 'three-d',
    tasks: ['novel view synthesis', '3D reconstruction', 'text-to-3D generation', 'scene reconstruction', 'human avatar reconstruction', 'mesh generation', 'point cloud completion', 'SLAM', 'camera pose estimation', '4D scene reconstruction', 'relighting', 'single-image 3D reconstruction'],
    methods: ['neural radiance field', '3D Gaussian splatting', 'signed distance function', 'multi-view diffusion', 'triplane representation', 'point transformer', 'differentiable rendering', 'structure from motion', 'multi-view stereo', 'implicit neural representation', 'large reconstruction model', 'deformation field'],
    benchmarks: ['ShapeNet', 'Objaverse', 'ScanNet', 'Mip-NeRF 360', 'Tanks and Temples', 'DTU', 'LLFF', 'Replica', 'CO3D', 'ModelNet40'],
    objects: ['point clouds', 'meshes', 'voxels', 'Gaussians', 'camera poses', 'multi-view images', 'depth maps', 'surfaces', 'textures'],
    metrics: ['PSNR', 'LPIPS', 'Chamfer distance', 'F-score', 'rendering speed'],
  },
  {
    id: 'code',
    tasks: ['code generation', 'program synthesis', 'code repair', 'code review', 'repository-level completion', 'test generation', 'vulnerability detection', 'code translation', 'software engineering agents', 'text-to-SQL', 'bug localization', 'formal verification'],
    methods: ['code language model', 'fill-in-the-middle training', 'execution feedback', 'retrieval-augmented code completion', 'unit-test-guided search', 'abstract syntax tree encoding', 'self-debugging', 'static analysis', 'compiler feedback', 'program repair agent', 'reinforcement learning from execution'],
    benchmarks: ['HumanEval', 'MBPP', 'SWE-bench', 'LiveCodeBench', 'CodeContests', 'Spider', 'BIRD', 'DS-1000', 'CRUXEval', 'RepoBench', 'APPS'],
    objects: ['source files', 'functions', 'unit tests', 'repositories', 'stack traces', 'patches', 'SQL queries', 'commits', 'code snippets'],
    metrics: ['pass@1', 'resolve rate', 'execution accuracy', 'exact match', 'CodeBLEU'],
  },
  {
    id: 'agents',
    tasks: ['tool use', 'web navigation', 'GUI automation', 'multi-agent collaboration', 'long-horizon planning', 'autonomous research', 'function calling', 'memory management for agents', 'computer use', 'task decomposition', 'self-improving agents', 'simulation of social behavior'],
    methods: ['ReAct prompting', 'language agent', 'tool-augmented language model', 'agentic workflow', 'reflection', 'episodic memory', 'hierarchical planner', 'multi-agent debate', 'skill library', 'trajectory synthesis', 'environment feedback', 'role-playing agents'],
    benchmarks: ['WebArena', 'Mind2Web', 'OSWorld', 'AgentBench', 'ToolBench', 'GAIA', 'ALFWorld', 'WebShop', 'tau-bench', 'BFCL'],
    objects: ['tool calls', 'web pages', 'screenshots', 'action histories', 'plans', 'observations', 'API documentation', 'agent trajectories'],
    metrics: ['success rate', 'task completion rate', 'step accuracy', 'cost per task'],
  },
  {
    id: 'retrieval',
    tasks: ['dense retrieval', 'retrieval-augmented generation', 'document ranking', 'open-domain question answering', 'recommendation', 'sequential recommendation', 'query rewriting', 'knowledge graph completion', 'entity linking', 'fact verification', 'conversational search'],
    methods: ['dual encoder', 'cross-encoder reranker', 'late interaction', 'sparse lexical retrieval', 'hard negative mining', 'graph neural network', 'knowledge graph embedding', 'collaborative filtering', 'embedding model', 'hybrid retrieval', 'generative retrieval', 'long-context reranking'],
    benchmarks: ['MS MARCO', 'BEIR', 'MTEB', 'HotpotQA', 'KILT', 'FEVER', 'MovieLens', 'Amazon Reviews', 'TREC Deep Learning', 'LoTTE'],
    objects: ['queries', 'passages', 'documents', 'embeddings', 'user histories', 'item catalogs', 'knowledge triples', 'citations'],
    metrics: ['nDCG@10', 'MRR', 'recall@100', 'hit rate', 'answer accuracy'],
  },
  {
    id: 'safety-alignment',
    tasks: ['alignment with human preferences', 'jailbreak defense', 'hallucination detection', 'uncertainty estimation', 'red teaming', 'mechanistic interpretability', 'bias evaluation', 'machine unlearning', 'watermarking', 'privacy preservation', 'calibration', 'honesty'],
    methods: ['reinforcement learning from human feedback', 'direct preference optimization', 'constitutional training', 'reward model', 'sparse autoencoder', 'activation steering', 'probing classifier', 'circuit discovery', 'differential privacy', 'adversarial training', 'refusal training', 'influence functions'],
    benchmarks: ['HarmBench', 'AdvBench', 'TruthfulQA', 'BBQ', 'RealToxicityPrompts', 'HH-RLHF', 'UltraFeedback', 'WMDP', 'SafetyBench', 'HaluEval'],
    objects: ['preference pairs', 'harmful prompts', 'model activations', 'features', 'circuits', 'refusals', 'attack suffixes', 'reward scores'],
    metrics: ['attack success rate', 'refusal rate', 'win rate', 'expected calibration error', 'AUROC'],
  },
  {
    id: 'science-health',
    tasks: ['medical image segmentation', 'clinical report generation', 'protein structure prediction', 'molecule generation', 'drug discovery', 'weather forecasting', 'materials discovery', 'single-cell analysis', 'radiology question answering', 'genomic sequence modeling', 'partial differential equation solving', 'climate emulation'],
    methods: ['equivariant graph neural network', 'protein language model', 'neural operator', 'physics-informed neural network', 'foundation model for pathology', 'diffusion model for molecules', 'geometric deep learning', 'federated learning', 'self-supervised medical pretraining', 'Fourier neural operator', 'message passing network'],
    benchmarks: ['MIMIC-CXR', 'CheXpert', 'BraTS', 'PDBbind', 'QM9', 'ZINC', 'ERA5', 'CASP15', 'MedQA', 'PubMedQA', 'Open Catalyst'],
    objects: ['protein sequences', 'molecular graphs', 'CT scans', 'radiology reports', 'cell populations', 'atmospheric states', 'crystal structures', 'gene expression profiles'],
    metrics: ['Dice score', 'RMSD', 'AUROC', 'binding affinity error', 'RMSE'],
  },
  {
    id: 'learning-theory',
    tasks: ['generalization', 'optimization of deep networks', 'scaling behavior', 'representation learning', 'continual learning', 'federated optimization', 'out-of-distribution generalization', 'few-shot learning', 'meta-learning', 'learning dynamics', 'feature learning', 'grokking'],
    methods: ['stochastic gradient descent', 'adaptive optimizer', 'second-order optimizer', 'learning-rate schedule', 'weight decay', 'neural tangent kernel', 'mean-field analysis', 'scaling law', 'mu-parameterization', 'normalization layer', 'residual connection', 'Bayesian neural network', 'kernel regression'],
    benchmarks: ['CIFAR-10', 'CIFAR-100', 'MNIST', 'Tiny ImageNet', 'synthetic sparse parity', 'modular arithmetic', 'WILDS', 'DomainNet', 'Omniglot', 'miniImageNet'],
    objects: ['loss landscapes', 'gradients', 'learning rates', 'model widths', 'training runs', 'compute budgets', 'weight matrices', 'hyperparameters'],
    metrics: ['test loss', 'generalization gap', 'convergence rate', 'accuracy', 'compute-optimal loss'],
  },
];

/** Qualities a method can claim, as adjectives. */
export const ADJECTIVES: readonly string[] = ['efficient', 'scalable', 'robust', 'unified', 'lightweight', 'adaptive', 'hierarchical', 'modular', 'generalizable', 'interpretable', 'training-free', 'zero-shot', 'data-efficient', 'compute-efficient', 'self-supervised', 'weakly supervised', 'end-to-end', 'plug-and-play', 'fine-grained', 'coarse-to-fine', 'multi-scale', 'multi-view', 'cross-lingual', 'open-ended', 'open-vocabulary', 'long-horizon', 'real-time', 'streaming', 'memory-efficient', 'parameter-efficient', 'controllable', 'faithful', 'reliable', 'principled', 'simple', 'versatile', 'compositional', 'contrastive', 'autoregressive', 'non-autoregressive', 'bidirectional', 'sparse', 'dense', 'latent', 'discrete', 'continuous', 'probabilistic', 'deterministic', 'causal', 'temporal', 'spatial', 'spatio-temporal', 'geometric', 'semantic', 'structured', 'dynamic', 'progressive', 'iterative', 'recursive', 'decoupled', 'holistic', 'task-agnostic', 'domain-specific', 'general-purpose', 'large-scale', 'high-resolution', 'low-latency', 'high-fidelity', 'photorealistic', 'consistent', 'diverse', 'calibrated', 'verifiable', 'human-aligned', 'privacy-preserving'];

/** Weaknesses that existing work is said to have. */
export const LIMITATIONS: readonly string[] = ['high computational cost', 'quadratic complexity in sequence length', 'poor generalization to unseen domains', 'reliance on large amounts of labeled data', 'limited context length', 'error accumulation over long horizons', 'sensitivity to hyperparameters', 'catastrophic forgetting', 'hallucinated content', 'slow inference', 'a large memory footprint', 'mode collapse', 'temporal inconsistency', 'a lack of fine-grained control', 'brittle behavior under distribution shift', 'spurious correlations', 'limited interpretability', 'prohibitive annotation costs', 'unstable training dynamics', 'exposure bias', 'reward hacking', 'a mismatch between training and inference', 'redundant computation', 'insufficient diversity', 'poor calibration', 'a strong dependence on hand-crafted heuristics', 'the need for task-specific architectures', 'communication overhead', 'weak compositional generalization', 'coarse supervision signals'];

/** Verbs for what a proposed method does, in the third person. */
export const ACTIONS: readonly string[] = ['leverages', 'decomposes', 'aligns', 'distills', 'compresses', 'reweights', 'aggregates', 'refines', 'disentangles', 'propagates', 'calibrates', 'routes', 'caches', 'retrieves', 'regularizes', 'augments', 'factorizes', 'interleaves', 'reconstructs', 'predicts', 'selects', 'ranks', 'fuses', 'synthesizes', 'verifies', 'modulates', 'prunes', 'merges', 'encodes', 'grounds'];

/** Nouns for the parts a method is made of. */
export const COMPONENTS: readonly string[] = ['module', 'objective', 'loss', 'encoder', 'decoder', 'adapter', 'router', 'scheduler', 'memory bank', 'gating mechanism', 'attention block', 'projection layer', 'codebook', 'reward signal', 'training recipe', 'sampling strategy', 'curriculum', 'regularizer', 'alignment stage', 'data pipeline', 'evaluation protocol', 'search procedure', 'caching scheme', 'prior', 'latent space', 'query mechanism', 'token mixer', 'feedback loop'];

/** Openers for the sentence that introduces the contribution. */
export const PROPOSALS: readonly string[] = ['In this work, we propose', 'In this paper, we introduce', 'We present', 'To address this, we propose', 'To this end, we introduce', 'This paper presents', 'We introduce', 'Here we propose', 'Motivated by this observation, we develop', 'To bridge this gap, we present'];

/** Openers for the sentence that reports experiments. */
export const EVIDENCE: readonly string[] = ['Extensive experiments on', 'Experiments on', 'Comprehensive evaluations on', 'Empirical results on', 'Evaluations across', 'Results on', 'Systematic experiments on', 'Benchmarking on'];

/** Verbs for the outcome of experiments. */
export const OUTCOMES: readonly string[] = ['demonstrate that', 'show that', 'indicate that', 'reveal that', 'confirm that', 'suggest that'];

/** Generic academic nouns, for the framing sentences that every abstract has. */
export const FRAMING: readonly string[] = ['paradigm', 'direction', 'challenge', 'bottleneck', 'trade-off', 'design space', 'research problem', 'capability', 'frontier', 'setting', 'question', 'application'];

/** Syllables for invented method and dataset names (the long tail of a real vocabulary). */
export const NAME_SYLLABLES: readonly string[] = ['Vi', 'Tok', 'Lu', 'Mo', 'Gra', 'Flo', 'Nex', 'Sy', 'Cor', 'Den', 'Ka', 'Zer', 'Pha', 'Qua', 'Ri', 'Sol', 'Tra', 'Ul', 'Vor', 'Xe', 'Ya', 'Ze', 'Ori', 'Hel', 'Mag', 'Nim', 'Pix', 'Spa', 'Lum', 'Ark', 'Bri', 'Cas', 'Dra', 'Eon', 'Fal', 'Gem', 'Hy', 'Ion', 'Jet', 'Kin', 'Lex', 'Myr', 'Nov', 'Omni', 'Pro', 'Ren', 'Sig', 'Tem', 'Uni', 'Ver', 'Wav', 'Xin', 'Yol', 'Zen'];

/** Suffixes that real method names often end with. */
export const NAME_SUFFIXES: readonly string[] = ['', '', '', '', 'Net', 'Former', 'GPT', 'Diff', 'LM', 'VL', 'Bench', 'RL', 'Gen', 'Seg', 'Agent', 'Coder', '-2', '-R1', 'Fusion', 'Mamba', 'NeRF', 'GS', 'Edit', 'Code', 'Tok'];

/** Hosts and owners for the code-availability sentence many abstracts end with. */
export const CODE_HOSTS: readonly string[] = ['https://github.com', 'https://huggingface.co', 'https://gitlab.com'];

/**
 * General academic nouns, beyond any one area: real abstracts draw on a wide
 * everyday vocabulary, which is most of a search index's distinct words.
 */
export const GENERAL_NOUNS: readonly string[] = ['granularity', 'provenance', 'heterogeneity', 'redundancy', 'sparsity', 'fidelity', 'robustness', 'diversity', 'coverage', 'locality', 'stability', 'plasticity', 'expressivity', 'tractability', 'modularity', 'invariance', 'equivariance', 'consistency', 'controllability', 'faithfulness', 'transparency', 'accountability', 'reproducibility', 'latency', 'bandwidth', 'throughput', 'overhead', 'footprint', 'budget', 'horizon', 'resolution', 'saliency', 'ambiguity', 'uncertainty', 'novelty', 'difficulty', 'complexity', 'scarcity', 'imbalance', 'drift', 'shift', 'noise', 'bias', 'variance', 'entropy', 'curvature', 'smoothness', 'sharpness', 'margin', 'capacity', 'depth', 'width', 'topology', 'geometry', 'symmetry', 'hierarchy', 'taxonomy', 'ontology', 'semantics', 'syntax', 'pragmatics', 'morphology', 'phonetics', 'prosody', 'rhythm', 'texture', 'illumination', 'occlusion', 'clutter', 'viewpoint', 'deformation', 'articulation', 'kinematics', 'dynamics', 'friction', 'contact', 'compliance', 'dexterity', 'autonomy', 'cooperation', 'competition', 'negotiation', 'persuasion', 'deception', 'curiosity', 'creativity', 'intuition', 'abstraction', 'analogy', 'induction', 'deduction', 'abduction', 'compositionality', 'systematicity', 'memorization', 'forgetting', 'retention', 'recall', 'attribution', 'interference', 'collapse', 'divergence', 'convergence', 'oscillation', 'saturation', 'degradation', 'corruption', 'contamination', 'leakage', 'duplication', 'truncation', 'quantization error', 'discretization', 'interpolation', 'extrapolation', 'aggregation', 'summarization', 'annotation', 'curation', 'filtering', 'deduplication', 'licensing', 'governance', 'deployment', 'maintenance', 'monitoring', 'auditing', 'benchmarking', 'evaluation', 'ablation', 'sensitivity', 'specificity', 'precision', 'agreement', 'disagreement', 'preference', 'judgment', 'feedback', 'critique', 'revision', 'verification', 'validation', 'falsification', 'justification', 'explanation', 'rationale', 'hypothesis', 'conjecture', 'lemma', 'theorem', 'bound', 'guarantee', 'regret', 'sample complexity', 'identifiability', 'causality', 'confounding', 'counterfactual', 'intervention', 'mediation', 'heuristic', 'prior knowledge', 'inductive bias', 'world knowledge', 'common sense', 'grounding', 'embodiment', 'perception', 'cognition', 'attention span', 'working memory', 'metacognition'];

/** General academic adjectives and adverbs, for the same reason. */
export const GENERAL_MODIFIERS: readonly string[] = ['substantially', 'markedly', 'considerably', 'notably', 'remarkably', 'surprisingly', 'consistently', 'systematically', 'empirically', 'theoretically', 'provably', 'asymptotically', 'approximately', 'marginally', 'drastically', 'dramatically', 'moderately', 'slightly', 'largely', 'partially', 'jointly', 'separately', 'independently', 'sequentially', 'concurrently', 'explicitly', 'implicitly', 'directly', 'indirectly', 'naturally', 'seamlessly', 'automatically', 'manually', 'carefully', 'rigorously', 'heuristically', 'adaptively', 'selectively', 'uniformly', 'randomly', 'greedily', 'lazily', 'eagerly', 'progressively', 'incrementally', 'hierarchically', 'locally', 'globally', 'robustly', 'faithfully'];

/** Verbs in the base form for general statements ("we observe that ..."). */
export const GENERAL_VERBS: readonly string[] = ['observe', 'hypothesize', 'argue', 'demonstrate', 'identify', 'characterize', 'quantify', 'measure', 'formalize', 'derive', 'establish', 'uncover', 'highlight', 'investigate', 'examine', 'analyze', 'disentangle', 'isolate', 'attribute', 'trace', 'revisit', 'question', 'challenge', 'confirm', 'corroborate', 'replicate', 'extend', 'generalize', 'unify', 'simplify'];

/**
 * Parts of coined technical words ("cross" + "distill" + "ation"): a pool of
 * a few thousand rare words, so a small corpus already has a real corpus's
 * share of words that occur once (about a third of its vocabulary).
 */
/** Prefixes of coined words. */
export const COINAGE_PREFIXES: readonly string[] = ['hyper', 'meta', 'multi', 'cross', 'inter', 'intra', 'sub', 'super', 'pseudo', 'quasi', 'semi', 'neuro', 'proto', 'counter', 'over', 'under', 're', 'de', 'non', 'co', 'auto', 'bi', 'poly', 'mono', 'micro', 'macro', 'omni', 'post', 'pre', 'trans'];
/** Stems of coined words. */
export const COINAGE_ROOTS: readonly string[] = ['calibr', 'token', 'fus', 'align', 'encod', 'sampl', 'render', 'ground', 'reason', 'plan', 'segment', 'compress', 'distill', 'quantiz', 'prun', 'rout', 'cach', 'retriev', 'regulariz', 'augment', 'factoriz', 'interleav', 'construct', 'predict', 'select', 'rank', 'synthesiz', 'verif', 'modul', 'merg', 'embed', 'project', 'normaliz', 'contextualiz', 'stabiliz', 'discretiz', 'annot', 'curat', 'attend', 'decod'];
/** Endings of coined words. */
export const COINAGE_SUFFIXES: readonly string[] = ['ation', 'ed', 'ing', 'er', 'able', 'ive', 'ization', 'ance'];
